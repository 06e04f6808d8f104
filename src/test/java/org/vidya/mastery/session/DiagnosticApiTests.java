package org.vidya.mastery.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.Api.Response;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

/** The diagnostic over the REST API: start, answer item by item, retries, bad input, access, and the seeded priors. */
@ApiTest
class DiagnosticApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired ConceptGraphService graphs;
    @Autowired ItemBankService banks;
    @Autowired ItemBankImports imports;
    @Autowired KnowledgeStates knowledge;

    TestTenant school;
    Person teacher;
    Person learner;
    String token;
    SessionFixtures fixtures;
    List<ItemId> items;

    @BeforeEach
    void subjectWithItems() {
        school = data.tenant();
        teacher = data.member(school, Role.TEACHER);
        learner = data.member(school, Role.LEARNER);
        token = api.signIn(learner).accessToken();
        fixtures = new SessionFixtures();
        fixtures.graph(graphs, teacher.principal(), school.id());
        items = fixtures.items(banks, imports, teacher.principal(), school.id(), 12);
    }

    Response start(String who) {
        return api.post("/api/v1/diagnostics", who, Map.of("subject", fixtures.subject));
    }

    Response answer(String who, String id, String item, JsonNode response, int sequence) {
        return api.post("/api/v1/diagnostics/" + id + "/answers", who,
                Map.of("item", item, "response", response, "sequence", sequence));
    }

    @Test
    void startsOnceAndASecondStartGetsTheOpenDiagnosticBack() {
        Response first = start(token);
        Response second = start(token);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        JsonNode current = first.json().path("current");
        assertThat(items).contains(ItemId.of(current.path("item").asString()));
        assertThat(current.path("sequence").asInt()).isEqualTo(1);
        assertThat(current.path("type").asString()).isEqualTo("single-choice");
        assertThat(current.path("view").path("choices")).hasSize(3);
        assertThat(current.path("view").toString()).doesNotContain("fraction");
        assertThat(first.json().path("answered").asInt()).isZero();
        assertThat(first.json().path("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void answersAllRightUntilItStopsThenSeedsEachConceptOnce() {
        JsonNode state = start(token).json();
        String id = state.path("id").asString();
        int sequence = 1;
        while (state.path("status").asString().equals("OPEN")) {
            Response reply = answer(token, id, state.path("current").path("item").asString(), SessionFixtures.right(),
                    sequence);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().path("answer").path("correct").isNull()).isTrue();
            state = reply.json().path("session");
            assertThat(state.path("answered").asInt()).isEqualTo(sequence);
            // All right on a small bank: the estimate climbs past the hardest items, so the error need not fall every time.
            assertThat(state.path("standardError").asDouble()).isLessThan(1);
            sequence++;
            assertThat(sequence).isLessThanOrEqualTo(31);
        }

        assertThat(state.path("stopReason").asString()).isIn("PRECISE", "MAX_ITEMS", "POOL_EXHAUSTED");
        assertThat(state.path("theta").asDouble()).isGreaterThan(1);
        assertThat(state.path("current").isNull()).isTrue();
        JsonNode results = state.path("results");
        assertThat(results).hasSizeGreaterThanOrEqualTo(2);
        results.forEach(r -> {
            assertThat(r.path("prior").asDouble()).isBetween(0.5, 1.0);
            assertThat(r.path("correct").asInt()).isEqualTo(r.path("items").asInt());
        });
        LearnerStanding standing = SessionFixtures.as(learner.principal(), school.id(), () -> knowledge.standing(
                learner.id()));
        assertThat(standing.diagnosed()).isTrue();
        assertThat(standing.theta()).isGreaterThan(1);
        Optional<ConceptKnowledge> easy = SessionFixtures.as(learner.principal(), school.id(),
                () -> knowledge.of(learner.id(), fixtures.easy));
        assertThat(easy).isPresent();
        assertThat(easy.get().attempts()).isPositive();
        // Finished: a new start is a new diagnostic, and the old one takes no more answers.
        assertThat(start(token).status()).isEqualTo(201);
        answer(token, id, items.getFirst().toString(), SessionFixtures.right(), sequence)
                .isProblem(409, "session-finished");
    }

    @Test
    void aRetriedAnswerGetsTheSameReplyAndCountsOnce() {
        JsonNode state = start(token).json();
        String id = state.path("id").asString();
        String item = state.path("current").path("item").asString();

        Response first = answer(token, id, item, SessionFixtures.wrong(), 1);
        Response retry = answer(token, id, item, SessionFixtures.wrong(), 1);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.json().path("session").path("answered").asInt()).isEqualTo(1);
        assertThat(retry.json().path("session").path("theta").asDouble()).isNegative();
        Optional<ConceptKnowledge> known = SessionFixtures.as(learner.principal(), school.id(),
                () -> knowledge.of(learner.id(), first.json().path("session").path("current").path("concept")
                        .asString().equals(fixtures.easy) ? fixtures.hard : fixtures.easy));
        JsonNode after = api.get("/api/v1/diagnostics/" + id, token).json();
        assertThat(after.path("answered").asInt()).isEqualTo(1);
        assertThat(after.path("current").path("item").asString())
                .isEqualTo(first.json().path("session").path("current").path("item").asString());
        assertThat(known.map(ConceptKnowledge::attempts).orElse(0)).isLessThanOrEqualTo(1);
    }

    @Test
    void refusesAnswersThatAreNotForTheCurrentItemOrOutOfSequenceOrMalformed() {
        JsonNode state = start(token).json();
        String id = state.path("id").asString();
        String current = state.path("current").path("item").asString();
        String other = items.stream().map(ItemId::toString).filter(i -> !i.equals(current)).findFirst().orElseThrow();

        answer(token, id, other, SessionFixtures.right(), 1).isProblem(400, "validation-failed");
        assertThat(answer(token, id, other, SessionFixtures.right(), 1).errorFields()).containsExactly("item");
        assertThat(answer(token, id, ItemId.random().toString(), SessionFixtures.right(), 1).errorFields())
                .containsExactly("item");
        assertThat(answer(token, id, "not-an-id", SessionFixtures.right(), 1).errorFields()).containsExactly("item");
        answer(token, id, current, SessionFixtures.right(), 3).isProblem(409, "sequence-mismatch");
        answer(token, id, current, SessionFixtures.JSON.readTree("{\"choice\": 7}"), 1)
                .isProblem(400, "invalid-response");
        api.post("/api/v1/diagnostics/" + id + "/answers", token, Map.of("item", current)).isInvalid("response")
                .isInvalid("sequence");
        api.post("/api/v1/diagnostics", token, Map.of("subject", "No Such Subject!")).isInvalid("subject");
        api.post("/api/v1/diagnostics", token, Map.of("subject", "nosuch" + TestData.suffix())).isInvalid("subject");

        JsonNode after = api.get("/api/v1/diagnostics/" + id, token).json();
        assertThat(after.path("answered").asInt()).isZero();
        assertThat(after.path("current").path("item").asString()).isEqualTo(current);
    }

    @Test
    void aSubjectWithoutItemsCannotBeDiagnosed() {
        SessionFixtures bare = new SessionFixtures();
        bare.graph(graphs, teacher.principal(), school.id());

        api.post("/api/v1/diagnostics", token, Map.of("subject", bare.subject)).isProblem(409, "no-items");
    }

    @Test
    void onlyTheLearnerThemselfSeesOrAnswersTheirDiagnostic() {
        JsonNode state = start(token).json();
        String id = state.path("id").asString();
        String item = state.path("current").path("item").asString();
        String classmate = api.signIn(data.member(school, Role.LEARNER)).accessToken();
        String teacherToken = api.signIn(teacher).accessToken();

        api.get("/api/v1/diagnostics/" + id, classmate).isProblem(404, "session-not-found");
        answer(classmate, id, item, SessionFixtures.right(), 1).isProblem(404, "session-not-found");
        api.get("/api/v1/reviews/" + id, token).isProblem(404, "session-not-found");
        api.get("/api/v1/diagnostics/" + id, teacherToken).isProblem(403, api.get("/api/v1/diagnostics/" + id,
                teacherToken).code());
        assertThat(api.get("/api/v1/diagnostics/" + id, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/diagnostics", classmate).json()).isEmpty();
        assertThat(api.get("/api/v1/diagnostics", token).json()).hasSize(1);
    }
}
