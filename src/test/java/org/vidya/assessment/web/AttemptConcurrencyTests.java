package org.vidya.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.AtOnce;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

/**
 * Calls that arrive together: many submits of one attempt make one submission and one result;
 * autosaves of one slot leave the highest sequence; starts of one test give one attempt.
 */
@ApiTest
class AttemptConcurrencyTests {

    static final int CALLERS = 200;

    @Autowired Api api;
    @Autowired TestData data;

    QuizFixtures fixtures;
    String teacher;
    String learner;
    String quiz;

    @BeforeEach
    void aPracticeTest() {
        fixtures = new QuizFixtures(api);
        World world = data.world("together");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        quiz = fixtures.practice(teacher, fixtures.items(teacher, fixtures.bank(teacher), 3), Map.of());
    }

    @Test
    void manySubmitsWithDifferentKeysMakeOneSubmission() throws Exception {
        String attempt = fixtures.start(learner, quiz);
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        AtomicInteger key = new AtomicInteger();
        List<Api.Response> replies;
        try (AtOnce together = new AtOnce(CALLERS)) {
            replies = together.run(() -> fixtures.submit(learner, attempt, "key-" + key.incrementAndGet()));
        }
        assertThat(replies.stream().filter(r -> r.status() == 200)).hasSize(1);
        replies.stream().filter(r -> r.status() != 200).forEach(r -> r.isProblem(409, "attempt-closed"));
        UUID id = UUID.fromString(attempt);
        assertThat(count("select count(*) from assessment_submit_key where attempt_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from assessment_result where attempt_id = ?", id)).isEqualTo(1);
        assertThat(count("select count(*) from assessment_item_score where attempt_id = ?", id)).isEqualTo(3);
    }

    @Test
    void manySubmitsWithOneKeyAllGetTheSameReply() throws Exception {
        String attempt = fixtures.start(learner, quiz);
        List<Api.Response> replies;
        try (AtOnce together = new AtOnce(CALLERS)) {
            replies = together.run(() -> fixtures.submit(learner, attempt, "one-key"));
        }
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        assertThat(replies.stream().map(Api.Response::body).distinct()).hasSize(1);
        assertThat(count("select count(*) from assessment_result where attempt_id = ?", UUID.fromString(attempt)))
                .isEqualTo(1);
    }

    @Test
    void autosavesOfOneSlotLeaveTheHighestSequence() throws Exception {
        String attempt = fixtures.start(learner, quiz);
        AtomicInteger seq = new AtomicInteger();
        List<Api.Response> replies;
        try (AtOnce together = new AtOnce(CALLERS)) {
            replies = together.run(() -> {
                int mine = seq.incrementAndGet();
                return fixtures.save(learner, attempt, "q1", Map.of("choice", mine == CALLERS ? "r" : "w"), mine);
            });
        }
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        var answer = api.get("/api/v1/attempts/" + attempt, learner).json().path("answers").path("q1");
        assertThat(answer.path("seq").asLong()).isEqualTo(CALLERS);
        assertThat(answer.path("response").path("choice").asString()).isEqualTo("r");
        // The save with the highest sequence was kept whatever order the writes came in.
        assertThat(replies.stream().filter(r -> r.json().path("seq").asLong() == CALLERS)
                .map(r -> r.json().path("applied").asBoolean())).containsExactly(true);
    }

    @Test
    void startsAtOnceGiveOneAttempt() throws Exception {
        List<Api.Response> replies;
        try (AtOnce together = new AtOnce(8)) {
            replies = together.run(() -> api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, null));
        }
        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(replies.stream().map(r -> r.json().path("id").asString()).distinct()).hasSize(1);
        assertThat(replies.stream().filter(r -> r.status() == 201)).hasSize(1);
    }

    private int count(String sql, UUID id) {
        Integer n = data.jdbc().queryForObject(sql, Integer.class, id);
        return n == null ? 0 : n;
    }
}
