package org.vidya.assessment.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.BenchmarkHistory;
import org.vidya.assessment.BenchmarkHistory.BenchmarkPaper;
import org.vidya.assessment.BenchmarkHistory.PaperItem;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

/** The benchmark a prediction is made for: the next one of the learner's classes, else the latest, with its marks and cohort. */
@ApiTest
class BenchmarkHistoryTests {

    @Autowired BenchmarkHistory history;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    World world;
    String teacher;
    String learner;
    QuizFixtures fixtures;
    List<String> items;

    @BeforeEach
    void aClassWithABank() {
        world = data.world("benchmark");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        fixtures = new QuizFixtures(api);
        items = fixtures.items(teacher, fixtures.bank(teacher), 3);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    <T> T as(VidyaPrincipal who, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        return Tenancy.callAs(world.tenant().id(), work);
    }

    String jeeBenchmark(String title) {
        Map<String, Object> body = QuizFixtures.quizBody("benchmark", Map.of(), List.of());
        body.put("title", title);
        body.put("sections", List.of(Map.of("title", "Physics", "items", items, "marking",
                Map.of("mode", "fixed", "correct", 4, "incorrect", -1))));
        return fixtures.quiz(teacher, body);
    }

    @Test
    void noBenchmarkNoPaper() {
        assertThat(as(world.person(Role.LEARNER).principal(), () -> history.nextOrLatest(world.person(Role.LEARNER)
                .principal().userId()))).isEmpty();
    }

    @Test
    void theLatestClosedBenchmarkWithJeeMarksAndTheCohortsScoresHighestFirst() {
        String quiz = jeeBenchmark("Mock 1");
        Instant now = clock.instant();
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), now.minusSeconds(1),
                now.plus(Duration.ofHours(1)));
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        fixtures.save(learner, attempt, "q2", Map.of("choice", "w"), 1);
        assertThat(fixtures.submit(learner, attempt, "done").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(2));

        // Grading runs after the submit returns.
        BenchmarkPaper paper = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> as(world.person(Role.LEARNER).principal(),
                        () -> history.nextOrLatest(world.person(Role.LEARNER).principal().userId())).orElseThrow(),
                found -> found.learnerScore() != null);
        assertThat(paper.title()).isEqualTo("Mock 1");
        assertThat(paper.schedule().value().toString()).isEqualTo(schedule);
        assertThat(paper.items()).hasSize(3).allSatisfy(item -> {
            assertThat(item.marks()).isEqualByComparingTo("4");
            assertThat(item.negativeMarks()).isEqualByComparingTo("1");
            assertThat(item.a()).isEqualTo(1.0);
            assertThat(item.b()).isEqualTo(0.0);
            assertThat(item.primaryConcept()).isEqualTo("physics.kinematics");
        });
        assertThat(paper.items()).extracting(PaperItem::item).extracting(id -> id.value().toString())
                .containsExactlyInAnyOrderElementsOf(items);
        assertThat(paper.maxScore()).isEqualByComparingTo("12");
        assertThat(paper.cohortScores()).hasSize(1);
        assertThat(paper.cohortScores().get(0)).isEqualByComparingTo("3");
        assertThat(paper.learnerScore()).isEqualByComparingTo("3");
    }

    @Test
    void anUpcomingBenchmarkComesBeforeAClosedOne() {
        Instant now = clock.instant();
        fixtures.schedule(teacher, jeeBenchmark("Old mock"), world.classId(), now.minusSeconds(1),
                now.plusSeconds(60));
        String next = fixtures.schedule(teacher, jeeBenchmark("Next mock"), world.classId(),
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(2).plusHours(3)));
        clock.advance(Duration.ofHours(1));
        BenchmarkPaper paper = as(world.person(Role.LEARNER).principal(),
                () -> history.nextOrLatest(world.person(Role.LEARNER).principal().userId())).orElseThrow();
        assertThat(paper.title()).isEqualTo("Next mock");
        assertThat(paper.schedule().value().toString()).isEqualTo(next);
        assertThat(paper.cohortScores()).isEmpty();
        assertThat(paper.learnerScore()).isNull();
    }
}
