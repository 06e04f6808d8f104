package org.vidya.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vidya.support.Api;

import tools.jackson.databind.JsonNode;

/**
 * Builds what attempt tests need through the REST API, as a teacher would: a bank of
 * single-choice items (right option "r"), tests and schedules.
 */
public final class QuizFixtures {

    private final Api api;

    public QuizFixtures(Api api) {
        this.api = api;
    }

    /** Ids are strings in JSON, or objects with a {@code value} where a typed id is written as is. */
    public static String id(JsonNode node) {
        return node.isObject() ? node.path("value").asString() : node.asString();
    }

    public String bank(String token) {
        return bank(token, "Bank " + System.nanoTime());
    }

    public String bank(String token, String name) {
        Api.Response bank = api.post("/api/v1/item-banks", token, Map.of("name", name));
        assertThat(bank.status()).as(bank.body()).isEqualTo(201);
        return id(bank.json().path("id"));
    }

    /** Single-choice items whose right option is "r"; {@code difficulty} easy, medium or hard. */
    public List<String> items(String token, String bank, int count, String difficulty) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> body = Map.of("prompt", "Question " + i + " (" + difficulty + ")", "shuffle", true,
                    "choices", List.of(Map.of("id", "r" , "text", "Right", "fraction", 1),
                            Map.of("id", "w", "text", "Wrong", "fraction", 0),
                            Map.of("id", "x", "text", "Worse", "fraction", 0)));
            Api.Response item = api.post("/api/v1/item-banks/" + bank + "/items", token, Map.of("type",
                    "single-choice", "body", body, "difficulty", difficulty, "primaryConcept", "physics.kinematics"));
            assertThat(item.status()).as(item.body()).isEqualTo(201);
            ids.add(id(item.json().path("id")));
        }
        return ids;
    }

    public List<String> items(String token, String bank, int count) {
        return items(token, bank, count, "medium");
    }

    public static Map<String, Object> fixedSection(String title, List<String> items) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("title", title);
        section.put("items", items);
        return section;
    }

    public static Map<String, Object> blueprintSection(String title, String bank, int count) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("title", title);
        section.put("rules", List.of(Map.of("bank", bank, "count", count)));
        return section;
    }

    public static Map<String, Object> quizBody(String kind, Map<String, Object> settings, List<Map<String, Object>> sections) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Test " + System.nanoTime());
        body.put("kind", kind);
        body.put("sections", sections);
        body.put("settings", settings);
        return body;
    }

    public String quiz(String token, Map<String, Object> body) {
        Api.Response quiz = api.post("/api/v1/quizzes", token, body);
        assertThat(quiz.status()).as(quiz.body()).isEqualTo(201);
        return quiz.json().path("id").asString();
    }

    public String practice(String token, List<String> items, Map<String, Object> settings) {
        return quiz(token, quizBody("practice", settings, List.of(fixedSection("Part A", items))));
    }

    public String schedule(String token, String quiz, Object classId, java.time.Instant opens, java.time.Instant closes) {
        Api.Response schedule = api.post("/api/v1/quizzes/" + quiz + "/schedules", token, Map.of("classId",
                classId.toString(), "opensAt", opens.toString(), "closesAt", closes.toString()));
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(201);
        return schedule.json().path("id").asString();
    }

    /** Starts a practice test as the learner and returns the attempt's id. */
    public String start(String token, String quiz) {
        Api.Response started = api.post("/api/v1/quizzes/" + quiz + "/attempts", token, null);
        assertThat(started.status()).as(started.body()).isIn(200, 201);
        return started.json().path("id").asString();
    }

    public Api.Response save(String token, String attempt, String slot, Object response, long seq) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("response", response);
        body.put("seq", seq);
        body.put("timeSpentMillis", 1000);
        body.put("flagged", false);
        return api.put("/api/v1/attempts/" + attempt + "/answers/" + slot, token, body);
    }

    public Api.Response submit(String token, String attempt, String key) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/attempts/" + attempt + "/submit").header("Idempotency-Key", key);
        return api.send(request, token, null);
    }
}
