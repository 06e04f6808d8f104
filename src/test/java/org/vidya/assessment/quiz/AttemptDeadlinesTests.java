package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

/** Deadlines reached with the page closed: overdue attempts are submitted, unstarted ones abandoned. */
@ApiTest
class AttemptDeadlinesTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired AttemptDeadlines deadlines;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String learner;
    List<String> items;

    @BeforeEach
    void aTeacherWithItems() {
        fixtures = new QuizFixtures(api);
        world = data.world("deadline");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        items = fixtures.items(teacher, fixtures.bank(teacher), 2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueAttemptIsSubmittedWithWhatWasSaved() {
        String attempt = fixtures.start(learner, fixtures.practice(teacher, items, Map.of("timeLimitSeconds", 60)));
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        clock.advance(Duration.ofSeconds(100));
        deadlines.submitOverdue();
        // Within the grace the attempt stays open.
        assertThat(status(attempt)).isEqualTo("in-progress");
        clock.advance(Duration.ofSeconds(30));
        assertThat(deadlines.submitOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(status(attempt)).isIn("submitted", "graded");
        assertThat(data.jdbc().queryForObject("select automatic from assessment_attempt where id = ?",
                Boolean.class, java.util.UUID.fromString(attempt))).isTrue();
        assertThat(api.get("/api/v1/attempts/" + attempt, learner).json().path("answers").path("q1").path("seq")
                .asLong()).isEqualTo(1);
        // A second run finds nothing more to do for it: one submission, one result.
        deadlines.submitOverdue();
        assertThat(data.jdbc().queryForObject("select count(*) from assessment_result where attempt_id = ?",
                Integer.class, java.util.UUID.fromString(attempt))).isEqualTo(1);
    }

    @Test
    void unstartedBenchmarkAttemptsAreAbandonedWhenTheWindowCloses() {
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("benchmark", Map.of(),
                List.of(QuizFixtures.fixedSection("Physics", items))));
        Instant now = clock.instant();
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), now.minusSeconds(10), now.plusSeconds(600));
        deadlines.abandonUnstarted();
        assertThat(board(schedule)).isEqualTo("ready");
        clock.advance(Duration.ofSeconds(700));
        assertThat(deadlines.abandonUnstarted()).isGreaterThanOrEqualTo(1);
        assertThat(board(schedule)).isEqualTo("abandoned");
    }

    private String status(String attempt) {
        return api.get("/api/v1/attempts/" + attempt, learner).json().path("status").asString();
    }

    private String board(String schedule) {
        return api.get("/api/v1/schedules/" + schedule + "/board", teacher).json().get(0).path("status").asString();
    }
}
