package org.vidya.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vidya.assessment.grading.GradingQueue;
import org.vidya.assessment.quiz.TestListings;
import org.vidya.assessment.web.QuizPages.QuizTimes;
import org.vidya.assessment.web.QuizPages.ScheduleRow;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/** Tests on the dashboard of staff who build them: answers waiting for grading, and tests running now. */
@Component
class StaffTestsDashboardPanel implements DashboardPanel {

    /** Waiting answers are counted up to this many. */
    static final int COUNTED = 200;

    private final GradingQueue queue;
    private final TestListings listings;

    StaffTestsDashboardPanel(GradingQueue queue, TestListings listings) {
        this.queue = queue;
        this.listings = listings;
    }

    /**
     * @param toGrade answers waiting for a person, counted up to {@link #COUNTED}
     * @param running schedules whose window is open now, closing soonest first
     */
    record Summary(int toGrade, List<ScheduleRow> running, QuizTimes times) {
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null || !person.has(Permission.TESTS_MANAGE)) {
            return Optional.empty();
        }
        int toGrade = queue.pending(null, null, null, COUNTED).items().size();
        List<ScheduleRow> running = new ArrayList<>(listings.schedulesITeach().stream().map(ScheduleRow::of)
                .filter(row -> row.state().equals("open")).toList());
        running.sort(Comparator.comparing(ScheduleRow::closesAt));
        return Optional.of(new Content("assessment/teacher/dashboard",
                new Summary(toGrade, running, new QuizTimes(locale))));
    }
}
