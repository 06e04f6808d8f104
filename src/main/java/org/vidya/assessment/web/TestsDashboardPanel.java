package org.vidya.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vidya.assessment.quiz.ScheduleWindow;
import org.vidya.assessment.quiz.TestListings;
import org.vidya.assessment.quiz.TestListings.ScheduledTest;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.web.DashboardPanel;

/** Tests on a learner's dashboard: the ones open now (to start or go on with) and the next ones to open. */
@Component
class TestsDashboardPanel implements DashboardPanel {

    static final int SHOWN = 3;

    private final TestListings listings;

    TestsDashboardPanel(TestListings listings) {
        this.listings = listings;
    }

    record Summary(List<ScheduledTest> open, List<ScheduledTest> upcoming, LearnerTimes times) {
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Content> contentFor(VidyaPrincipal person, Locale locale) {
        if (person.tenantId() == null || !person.has(Permission.TESTS_TAKE)) {
            return Optional.empty();
        }
        List<ScheduledTest> mine = listings.scheduledForMe();
        List<ScheduledTest> open = mine.stream().filter(t -> t.window() == ScheduleWindow.OPEN && t.startable())
                .limit(SHOWN).toList();
        List<ScheduledTest> upcoming = mine.stream().filter(t -> t.window() == ScheduleWindow.UPCOMING)
                .limit(SHOWN).toList();
        if (open.isEmpty() && upcoming.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content("assessment/attempt/dashboard",
                new Summary(open, upcoming, new LearnerTimes(locale))));
    }
}
