package org.vidya.mastery.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** A newcomer's weekly test through the API, on the school's own concept graph and bank. */
@ApiTest
class WeeklyJourneyTests {

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void aNewcomerGetsTwentyFiveItemsOnTheFoundationsAndTheSameTestAgain() {
        World world = data.world("journey");
        String teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        String learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        String suffix = TestData.suffix().toLowerCase(Locale.ROOT);
        List<String> keys = List.of("a.weekly.first-" + suffix, "a.weekly.second-" + suffix);
        List<Map<String, Object>> concepts = new ArrayList<>();
        for (String key : keys) {
            concepts.add(Map.of("key", key, "name", key, "subject", "weekly" + suffix, "layer", 1, "examWeight", 1.0));
        }
        Api.Response imported = api.post("/api/v1/concepts/imports?format=json&dryRun=false", teacher,
                Map.of("concepts", concepts, "prerequisites", List.of()));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String bank = new QuizFixtures(api).bank(teacher);
        for (String key : keys) {
            for (int i = 0; i < 15; i++) {
                Map<String, Object> body = Map.of("prompt", key + " " + i, "choices", List.of(
                        Map.of("id", "r", "text", "Right", "fraction", 1), Map.of("id", "w", "text", "Wrong",
                                "fraction", 0)));
                Api.Response item = api.post("/api/v1/item-banks/" + bank + "/items", teacher, Map.of("type",
                        "single-choice", "body", body, "difficulty", i % 3 == 0 ? "easy" : "medium",
                        "primaryConcept", key));
                assertThat(item.status()).as(item.body()).isEqualTo(201);
            }
        }
        api.get("/api/v1/mastery/weekly-test", learner).isProblem(404, "weekly-test-not-found");

        Api.Response assembled = api.post("/api/v1/mastery/weekly-test", learner, null);
        assertThat(assembled.status()).as(assembled.body()).isEqualTo(200);
        JsonNode test = assembled.json();
        assertThat(test.path("items").asInt()).isEqualTo(25);
        assertThat(test.path("status").asString()).isEqualTo("ready");
        String attempt = test.path("attemptId").asString();
        assertThat(api.post("/api/v1/mastery/weekly-test", learner, null).json().path("attemptId").asString())
                .isEqualTo(attempt);

        Api.Response started = api.post("/api/v1/quizzes/" + test.path("quizId").asString() + "/attempts", learner,
                null);
        assertThat(started.json().path("id").asString()).isEqualTo(attempt);
        JsonNode paper = api.get("/api/v1/attempts/" + attempt + "/paper", learner).json();
        assertThat(paper.path("items")).hasSize(25);
        java.util.Set<String> prompts = new HashSet<>();
        paper.path("items").forEach(item -> prompts.add(item.path("body").path("prompt").asString()));
        assertThat(prompts).hasSize(25).allSatisfy(prompt -> assertThat(prompt).contains("a.weekly."));
    }
}
