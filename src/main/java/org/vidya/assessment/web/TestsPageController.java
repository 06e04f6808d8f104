package org.vidya.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.Results;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.quiz.AttemptViews.Started;
import org.vidya.assessment.quiz.ScheduleWindow;
import org.vidya.assessment.quiz.TestListings;
import org.vidya.assessment.quiz.TestListings.PracticeTest;
import org.vidya.assessment.quiz.TestListings.ScheduledTest;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The learner's tests: those scheduled for their classes (open, upcoming, closed), the practice
 * tests they may start, and their past attempts with scores. Starting goes through the same
 * service as the REST API and opens the test page.
 */
@Controller
class TestsPageController {

    private final TestListings listings;
    private final AttemptService attempts;
    private final Results results;

    TestsPageController(TestListings listings, AttemptService attempts, @Lazy Results results) {
        this.listings = listings;
        this.attempts = attempts;
        this.results = results;
    }

    /** A submitted attempt with its score, when grading has one to show. */
    record PastAttempt(UUID attemptId, String title, @Nullable String className, AttemptResult result, String score,
            String maxScore) {
    }

    @GetMapping("/tests")
    String list(Locale locale, Model model) {
        PageAccess.require(Permission.TESTS_TAKE);
        List<ScheduledTest> scheduled = listings.scheduledForMe();
        List<PracticeTest> practice = listings.practiceTests();
        model.addAttribute("open", scheduled.stream().filter(t -> t.window() == ScheduleWindow.OPEN).toList());
        model.addAttribute("upcoming", scheduled.stream().filter(t -> t.window() == ScheduleWindow.UPCOMING).toList());
        model.addAttribute("closed", scheduled.stream().filter(t -> t.window() == ScheduleWindow.CLOSED).toList());
        model.addAttribute("practice", practice);
        model.addAttribute("past", past(scheduled, practice));
        model.addAttribute("times", new LearnerTimes(locale));
        return "assessment/attempt/tests";
    }

    @PostMapping("/tests/schedules/{id}/start")
    String startScheduled(@PathVariable UUID id, RedirectAttributes redirect) {
        PageAccess.require(Permission.TESTS_TAKE);
        return start(() -> attempts.startScheduled(new ScheduleId(id)), redirect);
    }

    @PostMapping("/tests/practice/{id}/start")
    String startPractice(@PathVariable UUID id, RedirectAttributes redirect) {
        PageAccess.require(Permission.TESTS_TAKE);
        return start(() -> attempts.startPractice(new QuizId(id)), redirect);
    }

    private String start(Supplier<Started> start, RedirectAttributes redirect) {
        try {
            return "redirect:/attempts/" + start.get().state().id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            // Window closed or not yet open, no attempts left: say so on the list.
            redirect.addFlashAttribute(Notice.FAILURE, Notice.of("attempt.tests.problem." + e.code(), e.getMessage()));
            return "redirect:/tests";
        }
    }

    private List<PastAttempt> past(List<ScheduledTest> scheduled, List<PracticeTest> practice) {
        List<PastAttempt> past = new ArrayList<>();
        for (ScheduledTest test : scheduled) {
            if (test.attemptId() != null && test.attemptStatus() != null && test.attemptStatus().submitted()) {
                result(test.attemptId())
                        .ifPresent(r -> past.add(past(test.attemptId(), test.title(), test.className(), r)));
            }
        }
        for (PracticeTest test : practice) {
            if (test.lastSubmitted() != null) {
                result(test.lastSubmitted())
                        .ifPresent(r -> past.add(past(test.lastSubmitted(), test.title(), null, r)));
            }
        }
        past.sort(Comparator.comparing((PastAttempt p) -> p.result().submittedAt()).reversed());
        return past;
    }

    private static PastAttempt past(UUID attempt, String title, @Nullable String className, AttemptResult result) {
        return new PastAttempt(attempt, title, className, result, ResultPageView.number(result.score()),
                ResultPageView.number(result.maxScore()));
    }

    private Optional<AttemptResult> result(UUID attempt) {
        try {
            return results.of(new AttemptId(attempt));
        } catch (ApiException e) {
            return Optional.empty();
        }
    }
}
