package org.vidya.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** Building tests: fixed forms and blueprints, their settings, and what is refused. */
@ApiTest
class QuizApiTests {

    @Autowired Api api;
    @Autowired TestData data;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String bank;
    List<String> items;

    @BeforeEach
    void aTeacherWithABank() {
        fixtures = new QuizFixtures(api);
        world = data.world("quiz");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        bank = fixtures.bank(teacher);
        items = fixtures.items(teacher, bank, 3);
    }

    @Test
    void aTestIsCreatedReadReplacedAndDeleted() {
        Map<String, Object> body = QuizFixtures.quizBody("weekly", Map.of("timeLimitSeconds", 600,
                "attemptsAllowed", 2, "shuffleQuestions", true, "navigation", "sequential", "feedback", "after-window",
                "questionBehaviour", "interactive", "tries", 3, "penaltyPerTry", 0.25, "passMark", 2),
                List.of());
        body.put("sections", List.of(QuizFixtures.fixedSection("Fixed", items.subList(0, 2)),
                Map.of("title", "JEE", "marking", Map.of("mode", "fixed", "correct", 4, "incorrect", -1),
                        "rules", List.of(Map.of("bank", bank, "count", 1, "difficulty", "medium")))));
        Api.Response created = api.post("/api/v1/quizzes", teacher, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode quiz = created.json();
        String id = quiz.path("id").asString();
        assertThat(quiz.path("kind").asString()).isEqualTo("weekly");
        assertThat(quiz.path("items").asInt()).isEqualTo(3);
        assertThat(quiz.path("settings").path("feedback").asString()).isEqualTo("after-window");
        assertThat(quiz.path("settings").path("questionBehaviour").asString()).isEqualTo("interactive");
        assertThat(quiz.path("sections").get(1).path("marking").path("mode").asString()).isEqualTo("fixed");
        assertThat(api.get("/api/v1/quizzes/" + id, teacher).json().path("title").asString())
                .isEqualTo(body.get("title"));
        assertThat(api.get("/api/v1/quizzes", teacher).body()).contains(id);

        body.put("title", "Renamed");
        Api.Response replaced = api.put("/api/v1/quizzes/" + id, teacher, body);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().path("title").asString()).isEqualTo("Renamed");

        String other = api.signIn(data.member(world.tenant(), Role.TEACHER)).accessToken();
        api.put("/api/v1/quizzes/" + id, other, body).isProblem(403, "not-your-test");
        api.delete("/api/v1/quizzes/" + id, other).isProblem(403, "not-your-test");
        assertThat(api.delete("/api/v1/quizzes/" + id, teacher).status()).isEqualTo(204);
        api.get("/api/v1/quizzes/" + id, teacher).isProblem(404, "quiz-not-found");
    }

    @Test
    void itemsMustExistAndPoolsMustHoldEnough() {
        api.post("/api/v1/quizzes", teacher, QuizFixtures.quizBody("practice", Map.of(),
                List.of(QuizFixtures.fixedSection("A", List.of(items.get(0), UUID.randomUUID().toString())))))
                .isInvalid("sections[0].items[1]");
        Api.Response small = api.post("/api/v1/quizzes", teacher, QuizFixtures.quizBody("practice", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items), QuizFixtures.blueprintSection("Too big", bank, 4))))
                .isInvalid("sections[1].rules[0].count");
        assertThat(small.body()).contains("Too big");
    }

    @Test
    void anotherSchoolsItemsCannotBeUsed() {
        World other = data.world("quiz-other");
        String otherTeacher = api.signIn(other.person(Role.TEACHER)).accessToken();
        List<String> theirs = fixtures.items(otherTeacher, fixtures.bank(otherTeacher), 1);
        api.post("/api/v1/quizzes", teacher, QuizFixtures.quizBody("practice", Map.of(),
                List.of(QuizFixtures.fixedSection("A", theirs)))).isInvalid("sections[0].items[0]");
    }

    @Test
    void badInputNamesItsFields() {
        Map<String, Object> body = QuizFixtures.quizBody("olympiad", Map.of("navigation", "sideways"),
                List.of(QuizFixtures.fixedSection("A", items)));
        Api.Response refused = api.post("/api/v1/quizzes", teacher, body).isProblem(400, "validation-failed");
        assertThat(refused.errorFields()).contains("kind", "settings.navigation");
        api.post("/api/v1/quizzes", teacher, QuizFixtures.quizBody("certification", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items)))).isInvalid("sections[0].timeLimitSeconds");
        api.post("/api/v1/quizzes", teacher, QuizFixtures.quizBody("practice", Map.of(), List.of()))
                .isInvalid("sections");
        assertThat(api.post("/api/v1/quizzes", teacher, "{\"title\":").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/quizzes", teacher).json().path("items")).isEmpty();
    }

    @Test
    void aScheduledTestStaysForItsResults() {
        String id = fixtures.practice(teacher, items, Map.of());
        fixtures.schedule(teacher, id, world.classId(), Instant.now(), Instant.now().plusSeconds(3600));
        api.delete("/api/v1/quizzes/" + id, teacher).isProblem(409, "quiz-in-use");
    }

    @Test
    void learnersDoNotBuildTests() {
        String learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        api.post("/api/v1/quizzes", learner, QuizFixtures.quizBody("practice", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items)))).isProblem(403, "access-denied");
    }
}
