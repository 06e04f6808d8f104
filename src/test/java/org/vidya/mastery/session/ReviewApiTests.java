package org.vidya.mastery.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.Observation;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.Api.Response;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

/** Review sessions over the REST API: items for due concepts, feedback at once, practice evidence, the empty state. */
@ApiTest
class ReviewApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired ConceptGraphService graphs;
    @Autowired ItemBankService banks;
    @Autowired ItemBankImports imports;
    @Autowired KnowledgeStates knowledge;

    TestTenant school;
    Person learner;
    String token;
    SessionFixtures fixtures;
    List<ItemId> items;

    @BeforeEach
    void subjectWithItems() {
        school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        learner = data.member(school, Role.LEARNER);
        token = api.signIn(learner).accessToken();
        fixtures = new SessionFixtures();
        fixtures.graph(graphs, teacher.principal(), school.id());
        items = fixtures.items(banks, imports, teacher.principal(), school.id(), 8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void practised(String concept, double outcome) {
        SessionFixtures.as(learner.principal(), school.id(), () -> {
            knowledge.record(learner.id(), List.of(new Observation(null, concept, List.of(), 0, 1, outcome,
                    clock.instant(), 20_000)), EvidenceSource.PRACTICE);
            return null;
        });
    }

    @Test
    void withNothingDueNoSessionStartsAndWeakSpotsAreOffered() {
        practised(fixtures.hard, 0);

        Response start = api.post("/api/v1/reviews", token, null);

        assertThat(start.status()).isEqualTo(200);
        assertThat(start.json().path("nothingDue").asBoolean()).isTrue();
        assertThat(start.json().path("session").isNull()).isTrue();
        List<String> offered = new ArrayList<>();
        start.json().path("weakSpots").forEach(w -> offered.add(w.path("concept").asString()));
        assertThat(offered).contains(fixtures.hard);
    }

    @Test
    void reviewsDueConceptsItemByItemWithFeedbackAndRecordsPractice() {
        practised(fixtures.easy, 1);
        practised(fixtures.hard, 1);
        clock.advance(Duration.ofDays(120));
        token = api.signIn(learner).accessToken();
        Instant before = clock.instant();

        Response start = api.post("/api/v1/reviews", token, null);
        assertThat(start.status()).as(start.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/reviews", token, null).json().path("session").path("id"))
                .isEqualTo(start.json().path("session").path("id"));
        JsonNode state = start.json().path("session");
        String id = state.path("id").asString();
        int planned = state.path("maxItems").asInt();
        assertThat(planned).isBetween(2, 10);
        List<String> concepts = new ArrayList<>();
        int sequence = 1;
        while (state.path("status").asString().equals("OPEN")) {
            JsonNode current = state.path("current");
            assertThat(items).contains(ItemId.of(current.path("item").asString()));
            concepts.add(current.path("concept").asString());
            JsonNode response = sequence % 2 == 1 ? SessionFixtures.right() : SessionFixtures.wrong();
            Response reply = api.post("/api/v1/reviews/" + id + "/answers", token,
                    Map.of("item", current.path("item").asString(), "response", response, "sequence", sequence));
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode answer = reply.json().path("answer");
            assertThat(answer.path("correct").asBoolean()).isEqualTo(sequence % 2 == 1);
            assertThat(answer.path("explanationHtml").asString()).contains("<strong>that</strong>");
            Response retry = api.post("/api/v1/reviews/" + id + "/answers", token,
                    Map.of("item", current.path("item").asString(), "response", response, "sequence", sequence));
            assertThat(retry.json()).isEqualTo(reply.json());
            state = reply.json().path("session");
            sequence++;
        }

        assertThat(sequence - 1).isEqualTo(planned);
        assertThat(concepts).contains(fixtures.easy, fixtures.hard);
        assertThat(state.path("tally").path("answered").asInt()).isEqualTo(planned);
        assertThat(state.path("tally").path("credit").asDouble()).isEqualTo((planned + 1) / 2);
        ConceptKnowledge easy = SessionFixtures.as(learner.principal(), school.id(),
                () -> knowledge.of(learner.id(), fixtures.easy)).orElseThrow();
        assertThat(easy.lastPractice()).isAfterOrEqualTo(before);
        assertThat(easy.nextReview()).isAfter(before);
    }

    @Test
    void anotherLearnersReviewIsNotFound() {
        practised(fixtures.easy, 1);
        clock.advance(Duration.ofDays(120));
        token = api.signIn(learner).accessToken();
        String id = api.post("/api/v1/reviews", token, null).json().path("session").path("id").asString();
        String classmate = api.signIn(data.member(school, Role.LEARNER)).accessToken();

        api.get("/api/v1/reviews/" + id, classmate).isProblem(404, "session-not-found");
        api.get("/api/v1/diagnostics/" + id, token).isProblem(404, "session-not-found");
        assertThat(api.get("/api/v1/reviews/" + id, token).status()).isEqualTo(200);
    }
}
