package org.vidya.mastery.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.mastery.WeeklyTests;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The signed-in learner's weekly adaptive test: this week's, assembled on the first ask. */
@RestController
@RequestMapping("/api/v1/mastery")
@Tag(name = "Mastery")
class WeeklyRestController {

    private final WeeklyTests weekly;

    WeeklyRestController(WeeklyTests weekly) {
        this.weekly = weekly;
    }

    /** A weekly test as the API shows it; {@code url} is the page the learner takes it at. */
    record WeeklyTestResponse(UUID quizId, UUID attemptId, String title, Instant createdAt, int items, String status,
            String url) {

        static WeeklyTestResponse of(PersonalTest test) {
            return new WeeklyTestResponse(test.quiz().value(), test.attempt().value(), test.title(), test.createdAt(),
                    test.items().size(), test.status(), "/attempts/" + test.attempt().value());
        }
    }

    @GetMapping("/weekly-test")
    @Operation(summary = "This week's adaptive test, when it has been assembled (404 otherwise)")
    WeeklyTestResponse current() {
        return weekly.current(CurrentUser.id()).map(WeeklyTestResponse::of).orElseThrow(() -> ApiException.notFound(
                "weekly-test-not-found", "This week's test has not been assembled yet."));
    }

    @PostMapping("/weekly-test")
    @Operation(summary = "Assemble this week's adaptive test, or return it when it exists (422 weekly-pool-too-small"
            + " when the bank has too few fresh items for the learner's concepts)")
    WeeklyTestResponse assemble() {
        return WeeklyTestResponse.of(weekly.thisWeek(CurrentUser.id()));
    }
}
