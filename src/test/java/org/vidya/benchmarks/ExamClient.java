package org.vidya.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.vidya.identity.auth.Totp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The exam path of a running Vidya with its demo data, over HTTP, for the load driver and the
 * crash check: signs in the demo school's teacher and learners, builds a bank of single-choice
 * items and practice tests from it, and starts attempts.
 */
final class ExamClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The demo school's learners (organization's demo data), who all share the demo password. */
    static final List<String> DEMO_LEARNERS = List.of(
            "aarav.patel@sunrise.example.org",
            "diya.sharma@sunrise.example.org",
            "vihaan.gupta@sunrise.example.org",
            "ananya.iyer@sunrise.example.org",
            "arjun.reddy@sunrise.example.org",
            "ishita.das@sunrise.example.org",
            "kabir.singh@sunrise.example.org",
            "saanvi.nair@sunrise.example.org",
            "reyansh.joshi@sunrise.example.org",
            "myra.kapoor@sunrise.example.org",
            "aditya.rao@sunrise.example.org",
            "kiara.mehta@sunrise.example.org",
            "vivaan.khan@sunrise.example.org",
            "anika.bose@sunrise.example.org",
            "rudra.pillai@sunrise.example.org",
            "aadhya.menon@sunrise.example.org",
            "krishna.verma@sunrise.example.org",
            "pari.chatterjee@sunrise.example.org",
            "dhruv.malhotra@sunrise.example.org",
            "tara.sen@sunrise.example.org");

    private final String base;
    private final String password;
    private final String totpSecret;
    final HttpClient http;

    ExamClient(String base, int connections) {
        this.base = base;
        this.password = System.getenv().getOrDefault("VIDYA_DEMO_PASSWORD", "benchmark-password");
        this.totpSecret = System.getenv().getOrDefault("VIDYA_DEMO_TOTP_SECRET", "");
        if (totpSecret.isBlank()) {
            throw new IllegalStateException("Set VIDYA_DEMO_TOTP_SECRET to the secret the application was started with");
        }
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, Math.min(connections / 50, 8))))
                .build();
    }

    /** A signed-in person's bearer token. */
    String signInTeacher() throws Exception {
        return signIn("anita.sharma@sunrise.example.org", Totp.code(totpSecret, Totp.step(Clock.systemUTC().instant())));
    }

    List<String> signInLearners() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (String email : DEMO_LEARNERS) {
            tokens.add(signIn(email, null));
        }
        return tokens;
    }

    private String signIn(String email, @Nullable String totp) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("email", email).put("password", password);
        if (totp != null) {
            body.put("totp", totp);
        }
        return send("POST", "/api/v1/auth/login", null, body, 200).path("accessToken").asString();
    }

    /** A new bank of {@code count} single-choice items (4 marks, 1 negative); returns each item's key. */
    List<Choice> createBank(String teacher, int count) throws Exception {
        JsonNode bank = send("POST", "/api/v1/item-banks", teacher,
                JSON.createObjectNode().put("name", "Load test " + UUID.randomUUID()), 201);
        String id = bank.path("id").asString();
        List<Choice> key = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String right = "r" + Integer.toString(i, 36) + "x";
            String wrong = "w" + Integer.toString(i, 36) + "y";
            ObjectNode item = JSON.createObjectNode().put("type", "single-choice").put("title", "Load item " + i)
                    .put("marks", 4).put("negativeMarks", 1).put("difficulty", "medium")
                    .put("primaryConcept", "load.concept-" + (i % 5));
            ObjectNode body = item.putObject("body").put("prompt", "Item " + i + ": which is right?").put("shuffle", true);
            ArrayNode choices = body.putArray("choices");
            choices.addObject().put("id", wrong).put("text", "Not this one").put("fraction", 0);
            choices.addObject().put("id", right).put("text", "This one").put("fraction", 1);
            choices.addObject().put("id", "z" + Integer.toString(i, 36) + "q").put("text", "Nor this").put("fraction", 0);
            JsonNode created = send("POST", "/api/v1/item-banks/" + id + "/items", teacher, item, 201);
            key.add(new Choice(created.path("id").asString(), right, wrong));
        }
        return key;
    }

    /** A practice test of these items in one section marked +4 / -1 / 0. */
    String createQuiz(String teacher, List<Choice> key, String title) throws Exception {
        ObjectNode quiz = JSON.createObjectNode().put("title", title).put("kind", "practice");
        ObjectNode section = quiz.putArray("sections").addObject().put("title", "Physics");
        section.putObject("marking").put("mode", "fixed").put("correct", 4).put("incorrect", -1).put("unanswered", 0);
        ArrayNode items = section.putArray("items");
        key.forEach(choice -> items.add(choice.item()));
        quiz.putObject("settings").put("shuffleOptions", true);
        return send("POST", "/api/v1/quizzes", teacher, quiz, 201).path("id").asString();
    }

    /** One attempt per (learner, test) pair, tests in turn, until {@code count}; at most {@code clients} starts at once. */
    List<Attempt> startAttempts(List<String> learners, List<String> quizzes, int count, int clients) throws Exception {
        List<Attempt> wanted = new ArrayList<>();
        for (int q = 0; q < quizzes.size() && wanted.size() < count; q++) {
            for (int l = 0; l < learners.size() && wanted.size() < count; l++) {
                wanted.add(new Attempt("", learners.get(l)));
            }
        }
        List<Attempt> started = new ArrayList<>(wanted.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore limit = new Semaphore(clients);
            List<Future<Attempt>> futures = new ArrayList<>();
            for (int i = 0; i < wanted.size(); i++) {
                Attempt attempt = wanted.get(i);
                String quiz = quizzes.get(i / learners.size());
                futures.add(pool.submit(() -> {
                    limit.acquire();
                    try {
                        JsonNode state = send("POST", "/api/v1/quizzes/" + quiz + "/attempts", attempt.token(), null, 201);
                        return new Attempt(state.path("id").asString(), attempt.token());
                    } finally {
                        limit.release();
                    }
                }));
            }
            for (Future<Attempt> future : futures) {
                started.add(future.get());
            }
        }
        return started;
    }

    HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    /** An autosave request: {@code {response: {choice}, seq, timeSpentMillis, flagged}}. */
    HttpRequest autosave(Attempt attempt, int slot, String choice, long seq) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("response").put("choice", choice);
        body.put("seq", seq).put("timeSpentMillis", 20_000).put("flagged", false);
        return request("/api/v1/attempts/" + attempt.id() + "/answers/q" + slot, attempt.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    JsonNode send(String method, String path, @Nullable String token, @Nullable JsonNode body, int expected)
            throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " gave " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    record Attempt(String id, String token) {
    }

    record Choice(String item, String right, String wrong) {
    }
}
