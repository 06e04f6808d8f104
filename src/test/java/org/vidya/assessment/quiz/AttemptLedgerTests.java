package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** What grading reads and changes of attempts through the ledger. */
@ApiTest
class AttemptLedgerTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired AttemptLedger ledger;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String learner;
    List<String> items;

    @BeforeEach
    void aTeacherWithItems() {
        fixtures = new QuizFixtures(api);
        world = data.world("ledger");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        items = fixtures.items(teacher, fixtures.bank(teacher), 2);
    }

    @Test
    void aSubmittedAttemptComesWithItsKeyAndAnswers() {
        String quiz = fixtures.practice(teacher, items, Map.of());
        String attempt = fixtures.start(learner, quiz);
        AttemptId id = AttemptId.of(attempt);
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 4);
        assertThatThrownBy(() -> as(() -> ledger.submitted(id))).isInstanceOf(ApiException.class);
        fixtures.submit(learner, attempt, "k");
        SubmittedAttempt submitted = as(() -> ledger.submitted(id));
        assertThat(submitted.learner()).isEqualTo(world.person(Role.LEARNER).id());
        assertThat(submitted.quiz()).isEqualTo(QuizId.of(quiz));
        assertThat(submitted.key().slots()).extracting(AttemptKey.Slot::item)
                .containsExactly(ItemId.of(items.get(0)), ItemId.of(items.get(1)));
        assertThat(submitted.answers()).containsOnlyKeys("q1");
        assertThat(submitted.answers().get("q1").response().path("choice").asString()).isEqualTo("r");
        assertThat(submitted.automatic()).isFalse();
        // Another school's ledger does not know it.
        assertThatThrownBy(() -> Tenancy.callAs(data.tenant().id(), () -> ledger.submitted(id)))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void aKeyChangeReplacesTheBodyInSubmittedAttemptsOnly() {
        String quiz = fixtures.practice(teacher, items, Map.of());
        String submitted = fixtures.start(learner, quiz);
        fixtures.submit(learner, submitted, "k");
        String going = fixtures.start(learner, quiz);
        JsonNode body = api.json().readTree("{\"prompt\":\"Changed\",\"choices\":[{\"id\":\"r\",\"text\":\"Right\","
                + "\"fraction\":0},{\"id\":\"w\",\"text\":\"Wrong\",\"fraction\":1}]}");
        List<AttemptId> touched = as(() -> ledger.replaceItemBody(new ItemKeyChange(ItemId.of(items.get(1)), 2, body)));
        assertThat(touched).containsExactly(AttemptId.of(submitted));
        AttemptKey.Slot slot = as(() -> ledger.submitted(AttemptId.of(submitted))).key().slots().get(1);
        assertThat(slot.itemVersion()).isEqualTo(2);
        assertThat(slot.body()).isEqualTo(body);
        assertThat(going).isNotEqualTo(submitted);
    }

    @Test
    void resultRulesComeFromTheTestAndItsSchedule() {
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of("feedback", "after-window",
                "passMark", 1), List.of(QuizFixtures.fixedSection("A", items))));
        Instant opens = Instant.parse("2026-01-01T00:00:00Z");
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), opens, opens.plusSeconds(3600));
        ResultPolicy policy = as(() -> ledger.policy(ScheduleId.of(schedule))).orElseThrow();
        assertThat(policy.feedback()).isEqualTo(ResultPolicy.FeedbackTiming.AFTER_WINDOW);
        assertThat(policy.passMark()).isEqualByComparingTo("1");
        assertThat(policy.classId().value()).isEqualTo(world.classId());
        assertThat(policy.closesAt()).isEqualTo(opens.plusSeconds(3600));
        assertThat(as(() -> ledger.policy(QuizId.of(quiz))).orElseThrow().classId()).isNull();
        assertThat(Tenancy.callAs(data.tenant().id(), () -> ledger.policy(QuizId.of(quiz)))).isEmpty();
    }

    @Test
    void markingGradedIsIdempotent() {
        String attempt = fixtures.start(learner, fixtures.practice(teacher, items, Map.of()));
        fixtures.submit(learner, attempt, "k");
        Tenancy.runAs(world.tenant().id(), () -> {
            ledger.markGraded(AttemptId.of(attempt));
            ledger.markGraded(AttemptId.of(attempt));
        });
        assertThat(api.get("/api/v1/attempts/" + attempt, learner).json().path("status").asString())
                .isEqualTo("graded");
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return Tenancy.callAs(world.tenant().id(), work);
    }
}
