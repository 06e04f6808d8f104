package org.vidya.mastery.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.WeeklyTests;
import org.vidya.platform.Permission;
import org.vidya.platform.Role;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/**
 * Mastery on a learner's dashboard: a newcomer is offered the diagnostic of each subject; once
 * diagnosed, how many concepts are due for review and this week's adaptive test.
 */
@Component
class MasteryDashboardPanel implements DashboardPanel {

    /** Due reviews are counted up to this many. */
    static final int COUNTED = 50;

    // Providers rather than beans: the dashboard greets everyone, so it must not fail where the
    // engine is not part of the application (module tests of other modules).
    private final ObjectProvider<ConceptGraphs> graphs;
    private final ObjectProvider<KnowledgeStates> knowledge;
    private final ObjectProvider<WeeklyTests> weekly;

    MasteryDashboardPanel(ObjectProvider<ConceptGraphs> graphs, ObjectProvider<KnowledgeStates> knowledge,
            ObjectProvider<WeeklyTests> weekly) {
        this.graphs = graphs;
        this.knowledge = knowledge;
        this.weekly = weekly;
    }

    /** What the panel shows: the subjects to diagnose for a newcomer, else due reviews and the weekly test. */
    record Summary(boolean newcomer, List<String> subjects, int due, @Nullable PersonalTest weekly) {
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null || !person.has(Permission.MASTERY_LEARN) || !person.hasRole(Role.LEARNER)) {
            return Optional.empty();
        }
        ConceptGraphs graph = graphs.getIfAvailable();
        KnowledgeStates states = knowledge.getIfAvailable();
        if (graph == null || states == null) {
            return Optional.empty();
        }
        List<String> subjects = graph.current().subjects();
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        LearnerStanding standing = states.standing(person.userId());
        if (!standing.diagnosed() && standing.conceptsWithEvidence() == 0) {
            return Optional.of(new Content("mastery/learner/dashboard", new Summary(true, subjects, 0, null)));
        }
        return Optional.of(new Content("mastery/learner/dashboard", new Summary(false, subjects,
                states.due(person.userId(), COUNTED).size(), weeklyTest(person))));
    }

    private @Nullable PersonalTest weeklyTest(VidyaPrincipal person) {
        WeeklyTests tests = weekly.getIfAvailable();
        return tests == null ? null : tests.current(person.userId()).orElse(null);
    }
}
