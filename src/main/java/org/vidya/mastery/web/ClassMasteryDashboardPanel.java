package org.vidya.mastery.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/** The class heatmaps on a teacher's dashboard: one link per class they teach. */
@Component
class ClassMasteryDashboardPanel implements DashboardPanel {

    static final int SHOWN = 8;

    private final OrganizationManagement organization;

    ClassMasteryDashboardPanel(OrganizationManagement organization) {
        this.organization = organization;
    }

    record Summary(List<GroupSummary> classes) {
    }

    @Override
    public int order() {
        return 27;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null || !person.has(Permission.MASTERY_CLASS_READ)) {
            return Optional.empty();
        }
        // Organization admins read every class's heatmap, but their dashboard lists only those they teach.
        List<GroupSummary> classes = organization.classesTaughtBy(person.userId()).stream().limit(SHOWN).toList();
        return classes.isEmpty() ? Optional.empty()
                : Optional.of(new Content("mastery/teacher/dashboard", new Summary(classes)));
    }
}
