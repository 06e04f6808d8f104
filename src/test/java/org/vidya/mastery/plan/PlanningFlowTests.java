package org.vidya.mastery.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.catalog.CourseOutline;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's plan over a tenant's own graph and a published course whose lessons are tagged with
 * its concepts (Courses tags lesson m.l with {@code testing.lesson-m-l}): reveal, the path and
 * recommendations follow the knowledge state as it changes.
 */
@ApiTest
class PlanningFlowTests {

    // basics → lesson-1-1 → lesson-1-2 (HARD); extra stands alone in the subject
    static final String GRAPH = """
            {"concepts": [
              {"key": "testing.basics", "name": "Testing basics", "subject": "testing", "layer": 1, "difficulty": 1,
               "examWeight": 0.3},
              {"key": "testing.extra", "name": "Extra", "subject": "testing", "layer": 1, "difficulty": 1,
               "examWeight": 0.1},
              {"key": "testing.lesson-1-1", "name": "First step", "subject": "testing", "layer": 2, "difficulty": 2,
               "examWeight": 0.3},
              {"key": "testing.lesson-1-2", "name": "Second step", "subject": "testing", "layer": 3, "difficulty": 3,
               "examWeight": 0.3}],
             "prerequisites": [
              {"concept": "testing.lesson-1-1", "prerequisite": "testing.basics", "weight": 1, "kind": "HARD",
               "transfer": 0.2},
              {"concept": "testing.lesson-1-2", "prerequisite": "testing.lesson-1-1", "weight": 1, "kind": "HARD",
               "transfer": 0.2}]}
            """;

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired ConceptGraphService graphs;
    @Autowired KnowledgeStates states;
    @Autowired TestClock clock;

    World world;
    Person learner;
    String token;
    CourseOutline course;

    @BeforeEach
    void aGraphACourseAndALearner() {
        world = data.world("planflow");
        courses.as(world.tenant().id(), () -> graphs.importFile("json", GRAPH.getBytes(StandardCharsets.UTF_8), false));
        course = courses.publish(world.tenant().id(), "Testing course", 1, 2);
        learner = world.person(Role.LEARNER);
        token = api.signIn(learner).accessToken();
    }

    @Test
    void theConceptsAfterAnUnmasteredHardPrerequisiteStayHiddenUntilItIsMastered() {
        JsonNode before = concepts();
        assertThat(visible(before, "testing.basics")).isTrue();
        assertThat(visible(before, "testing.lesson-1-1")).isFalse();
        assertThat(concept(before, "testing.lesson-1-1").path("blockedBy").get(0).asString()).isEqualTo("testing.basics");

        masters("testing.basics");

        JsonNode after = concepts();
        assertThat(concept(after, "testing.basics").path("knowledge").path("mastery").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(visible(after, "testing.lesson-1-1")).isTrue();
        assertThat(visible(after, "testing.lesson-1-2")).isFalse();
    }

    @Test
    void aCoursePathOrdersItsConceptsWithTheirLessonsAndSkipsWhatIsMastered() {
        JsonNode path = api.get("/api/v1/mastery/path?goal=course:" + course.id(), token).json();

        assertThat(path.path("goalTitle").asString()).isEqualTo("Testing course");
        assertThat(keys(path.path("steps"))).containsExactly("testing.basics", "testing.lesson-1-1",
                "testing.lesson-1-2");
        assertThat(path.path("steps").get(1).path("lessons").get(0).path("lesson").asString())
                .isEqualTo(course.lessons().get(0).id().toString());
        assertThat(path.path("next").asString()).isEqualTo("testing.basics");
        assertThat(path.path("remaining").asInt()).isEqualTo(3);

        masters("testing.basics");

        JsonNode after = api.get("/api/v1/mastery/path?goal=course:" + course.id(), token).json();
        assertThat(after.path("steps").get(0).path("mastered").asBoolean()).isTrue();
        assertThat(after.path("next").asString()).isEqualTo("testing.lesson-1-1");
        assertThat(after.path("remaining").asInt()).isEqualTo(2);
        assertThat(keys(api.get("/api/v1/mastery/path?goal=subject:testing", token).json().path("steps")))
                .containsExactlyInAnyOrder("testing.basics", "testing.extra", "testing.lesson-1-1",
                        "testing.lesson-1-2");
        api.get("/api/v1/mastery/path?goal=subject:nothing-here", token).isProblem(404, "goal-not-found");
    }

    @Test
    void recommendationsGiveTheirReasonInTheCallersLanguage() {
        masters("testing.basics");

        Api.Response english = api.get("/api/v1/mastery/recommendations?limit=5", token);
        assertThat(english.status()).as(english.body()).isEqualTo(200);
        JsonNode first = english.json().get(0);
        assertThat(first.path("concept").asString()).isEqualTo("testing.lesson-1-1");
        assertThat(first.path("kind").asString()).isEqualTo("FRONTIER");
        assertThat(first.path("reason").asString()).isEqualTo("mastery.recommendation.frontier");
        assertThat(first.path("message").asString())
                .isEqualTo("You have mastered Testing basics; this is next and unlocks 1 topics");
        assertThat(keys(english.json(), "concept")).doesNotContain("testing.basics", "testing.lesson-1-2");

        Api.Response hindi = api.send(MockMvcRequestBuilders.get("/api/v1/mastery/recommendations")
                .header("Accept-Language", "hi"), token, null);
        assertThat(hindi.json().get(0).path("message").asString()).contains("महारत");
    }

    @Test
    void thePhaseFollowsTheExamDateAndThePredictionIsAbsentWithoutABenchmark() {
        JsonNode none = api.get("/api/v1/mastery/phase", token).json();
        assertThat(none.path("phase").asString()).isEqualTo("FOUNDATION");
        assertThat(none.path("reason").asString()).isEqualTo("mastery.phase.reason.no-date.foundation");
        assertThat(none.path("message").asString()).startsWith("No exam date set");

        assertThat(api.put("/api/v1/mastery/exam-date", token,
                Map.of("examDate", LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).plusDays(40).toString())).status()).isEqualTo(200);

        JsonNode near = api.get("/api/v1/mastery/phase", token).json();
        assertThat(near.path("phase").asString()).isEqualTo("REVISION");
        assertThat(near.path("daysToExam").asLong()).isBetween(39L, 41L);
        assertThat(api.get("/api/v1/mastery/prediction", token).status()).isEqualTo(204);
    }

    @Test
    void weakSpotsListConceptsWithEvidenceBelowMastered() {
        as(learner, () -> {
            states.seedFromDiagnostic(learner.id(), -1.0, 0.4, Map.of("testing.basics", 0.2, "testing.extra", 0.3));
            return null;
        });

        JsonNode spots = api.get("/api/v1/mastery/weak-spots?limit=1", token).json();

        assertThat(spots).hasSize(1);
        assertThat(spots.get(0).path("concept").path("key").asString()).isEqualTo("testing.basics");
        assertThat(spots.get(0).path("score").asDouble()).isGreaterThan(0);
    }

    @Test
    void theNextBenchmarkGetsAnHonestPredictionWidenedForANewcomer() {
        String teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        List<String> items = fixtures.items(teacher, fixtures.bank(teacher), 3);
        Map<String, Object> body = QuizFixtures.quizBody("benchmark", Map.of(), List.of());
        body.put("title", "Mock test");
        body.put("sections", List.of(Map.of("title", "Physics", "items", items, "marking",
                Map.of("mode", "fixed", "correct", 4, "incorrect", -1))));
        String quiz = fixtures.quiz(teacher, body);
        java.time.Instant opens = clock.instant().plus(java.time.Duration.ofDays(3));
        fixtures.schedule(teacher, quiz, world.classId(), opens, opens.plus(java.time.Duration.ofHours(3)));

        Api.Response response = api.get("/api/v1/mastery/prediction", token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode prediction = response.json();
        assertThat(prediction.path("benchmarkTitle").asString()).isEqualTo("Mock test");
        assertThat(prediction.path("maxScore").asDouble()).isEqualTo(12);
        assertThat(prediction.path("coverage").asDouble()).isEqualTo(0.8);
        assertThat(prediction.path("scoreLow").asDouble()).isLessThanOrEqualTo(prediction.path("score").asDouble());
        assertThat(prediction.path("scoreHigh").asDouble()).isGreaterThanOrEqualTo(prediction.path("score").asDouble());
        assertThat(prediction.path("scoreLow").asDouble()).isGreaterThanOrEqualTo(-3);
        assertThat(prediction.path("scoreHigh").asDouble()).isLessThanOrEqualTo(12);
        assertThat(prediction.path("basis").asString()).isEqualTo(ScorePredictor.BASIS_LITTLE);
        assertThat(prediction.path("basisMessage").asString()).startsWith("From little evidence");
        assertThat(prediction.path("cohort").asInt()).isZero();
        assertThat(prediction.path("rank").isNull()).isTrue();
    }

    private void masters(String concept) {
        as(learner, () -> {
            states.seedFromDiagnostic(learner.id(), 3.0, 0.3, Map.of(concept, 0.99));
            return null;
        });
    }

    private JsonNode concepts() {
        Api.Response response = api.get("/api/v1/mastery/visible-concepts", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode concept(JsonNode concepts, String key) {
        for (JsonNode node : concepts) {
            if (node.path("concept").path("key").asString().equals(key)) {
                return node;
            }
        }
        throw new AssertionError("No concept " + key + " in " + concepts);
    }

    private static boolean visible(JsonNode concepts, String key) {
        return concept(concepts, key).path("visible").asBoolean();
    }

    private static List<String> keys(JsonNode steps) {
        List<String> keys = new ArrayList<>();
        steps.forEach(step -> keys.add(step.path("concept").path("key").asString()));
        return keys;
    }

    private static List<String> keys(JsonNode list, String field) {
        List<String> keys = new ArrayList<>();
        list.forEach(node -> keys.add(node.path(field).asString()));
        return keys;
    }

    private static <T> T as(Person person, Supplier<T> work) {
        VidyaPrincipal principal = person.principal();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(principal.tenantId(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
