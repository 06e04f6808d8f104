package org.vidya.learning.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vidya.learning.domain.EnrollmentService;
import org.vidya.learning.domain.EnrollmentView;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/**
 * "Continue learning" on the dashboard: the courses a learner has under way, overdue ones
 * first, then by the nearest deadline, then by the most recent activity.
 */
@Component
class LearningDashboardPanel implements DashboardPanel {

    static final int SHOWN = 3;

    private final EnrollmentService enrollments;

    LearningDashboardPanel(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    /** What the panel shows: the first courses to go on with, and how many are under way and overdue. */
    record Summary(List<EnrollmentView> next, long active, long overdue) {
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null || !person.has(Permission.COURSES_LEARN)) {
            return Optional.empty();
        }
        List<EnrollmentView> active = enrollments.allMine(locale).stream()
                .filter(e -> !e.completed() && e.course() != null).toList();
        if (active.isEmpty() && !person.hasRole(Role.LEARNER)) {
            // Staff may learn too, but their dashboard does not nudge them to the catalog.
            return Optional.empty();
        }
        return Optional.of(new Content("learning/dashboard", summarize(active)));
    }

    static Summary summarize(List<EnrollmentView> active) {
        List<EnrollmentView> next = active.stream()
                .sorted(Comparator.comparing(EnrollmentView::overdue).reversed()
                        .thenComparing(EnrollmentView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(e -> Optional.ofNullable(e.lastActivityAt()).orElse(Instant.EPOCH),
                                Comparator.reverseOrder()))
                .limit(SHOWN).toList();
        return new Summary(next, active.size(), active.stream().filter(EnrollmentView::overdue).count());
    }
}
