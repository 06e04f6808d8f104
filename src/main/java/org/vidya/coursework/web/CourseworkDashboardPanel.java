package org.vidya.coursework.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.coursework.domain.AssignmentService;
import org.vidya.coursework.domain.AssignmentService.LearnerAssignment;
import org.vidya.coursework.domain.SubmissionService;
import org.vidya.coursework.domain.SubmissionStatus;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/**
 * Coursework on the dashboard: a learner's next assignments to hand in and the ones missing;
 * for teachers, how many hand-ins wait for a grade.
 */
@Component
class CourseworkDashboardPanel implements DashboardPanel {

    static final int SHOWN = 3;

    private final AssignmentService assignments;
    private final SubmissionService submissions;

    CourseworkDashboardPanel(AssignmentService assignments, SubmissionService submissions) {
        this.assignments = assignments;
        this.submissions = submissions;
    }

    /**
     * @param due      the next assignments not yet handed in, by due date
     * @param missing  assignments whose due date passed with nothing handed in
     * @param toGrade  hand-ins waiting for a grade, for staff; null for others
     */
    record Summary(List<LearnerAssignment> due, long missing, @Nullable Long toGrade, Times times) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null) {
            return Optional.empty();
        }
        List<LearnerAssignment> mine = person.has(Permission.COURSES_LEARN) ? assignments.mine() : List.of();
        List<LearnerAssignment> due = mine.stream().filter(a -> a.status() == SubmissionStatus.PENDING)
                .limit(SHOWN).toList();
        long missing = mine.stream().filter(a -> a.status() == SubmissionStatus.MISSING).count();
        Long toGrade = person.has(Permission.COURSEWORK_MANAGE) ? submissions.awaitingGrade() : null;
        if (due.isEmpty() && missing == 0 && toGrade == null) {
            return Optional.empty();
        }
        return Optional.of(new Content("coursework/dashboard", new Summary(due, missing, toGrade, new Times(locale))));
    }
}
