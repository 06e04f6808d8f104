package org.vidya.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.vidya.identity.auth.Totp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HTTP load on the exam path of a running Vidya started with the demo data
 * ({@code VIDYA_DEMO_PASSWORD} and {@code VIDYA_DEMO_TOTP_SECRET} set, see
 * {@code scripts/attempt-load.sh}). A teacher of the demo school builds a bank of 75 single-choice
 * items and enough practice tests that every simulated learner has attempts of their own; then
 * three phases run, each with its own clients:
 * <ol>
 * <li>paper: clients fetch their attempts' papers as fast as they can;</li>
 * <li>autosave: clients answer every item of their attempts, one autosave per answer;</li>
 * <li>submit: clients submit the answered attempts (graded on submit).</li>
 * </ol>
 * Prints requests per second and latency percentiles per phase. Errors are counted and printed, and a
 * run with errors exits with status 1.
 */
public final class AttemptLoadDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ITEMS = 75;
    private static final int DEMO_LEARNERS = 20;

    private final String base;
    private final String password;
    private final String totpSecret;
    private final HttpClient http;
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    private AttemptLoadDriver(String base, String password, String totpSecret, int connections) {
        this.base = base;
        this.password = password;
        this.totpSecret = totpSecret;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(Math.max(2, Math.min(connections / 50, 8))))
                .build();
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int attempts = Integer.getInteger("attempts", 2000);
        int paperClients = Integer.getInteger("paperClients", 500);
        int paperSeconds = Integer.getInteger("paperSeconds", 20);
        int saveClients = Integer.getInteger("saveClients", 64);
        int submitClients = Integer.getInteger("submitClients", 32);
        String password = System.getenv().getOrDefault("VIDYA_DEMO_PASSWORD", "benchmark-password");
        String totp = System.getenv().getOrDefault("VIDYA_DEMO_TOTP_SECRET", "");
        if (totp.isBlank()) {
            throw new IllegalStateException("Set VIDYA_DEMO_TOTP_SECRET to the secret the application was started with");
        }
        AttemptLoadDriver driver = new AttemptLoadDriver(base, password, totp, paperClients);
        int status = driver.run(attempts, paperClients, paperSeconds, saveClients, submitClients);
        System.exit(status);
    }

    private int run(int attemptCount, int paperClients, int paperSeconds, int saveClients, int submitClients)
            throws Exception {
        System.out.printf(Locale.ROOT, "Vidya exam load on %s: %d attempts of %d items, %d cores%n", base,
                attemptCount, ITEMS, Runtime.getRuntime().availableProcessors());
        String teacher = signIn("anita.sharma@sunrise.example.org", Totp.code(totpSecret, Totp.step(Clock.systemUTC().instant())));
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < DEMO_LEARNERS; i++) {
            learners.add(signIn(demoLearner(i), null));
        }
        List<Choice> key = new ArrayList<>();
        String bank = createBank(teacher, key);
        int quizzes = (attemptCount + DEMO_LEARNERS - 1) / DEMO_LEARNERS;
        List<String> quizIds = new ArrayList<>();
        for (int q = 0; q < quizzes; q++) {
            quizIds.add(createQuiz(teacher, key, q));
        }
        System.out.printf(Locale.ROOT, "set-up: bank %s, %d items, %d tests, %d learners%n", bank, ITEMS, quizzes,
                learners.size());

        List<Attempt> attempts = startAttempts(learners, quizIds, attemptCount, saveClients);
        System.out.printf(Locale.ROOT, "started %d attempts%n", attempts.size());

        Phase paper = new Phase("GET paper", paperClients);
        AtomicInteger next = new AtomicInteger();
        long paperEnd = System.nanoTime() + Duration.ofSeconds(paperSeconds).toNanos();
        paper.run(client -> {
            while (System.nanoTime() < paperEnd) {
                Attempt attempt = attempts.get(Math.floorMod(next.getAndIncrement(), attempts.size()));
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request("/api/v1/attempts/" + attempt.id + "/paper",
                        attempt.token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                paper.record(t0, response.statusCode() == 200 && response.body().length > 0, response);
            }
        });

        Phase autosave = new Phase("PUT answer (autosave)", saveClients);
        AtomicInteger nextAttempt = new AtomicInteger();
        autosave.run(client -> {
            for (int a; (a = nextAttempt.getAndIncrement()) < attempts.size(); ) {
                Attempt attempt = attempts.get(a);
                for (int slot = 1; slot <= ITEMS; slot++) {
                    Choice answer = key.get(slot - 1);
                    ObjectNode body = JSON.createObjectNode();
                    body.putObject("response").put("choice", (slot % 4 == 0) ? answer.wrong : answer.right);
                    body.put("seq", 1).put("timeSpentMillis", 20_000).put("flagged", false);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(request("/api/v1/attempts/" + attempt.id + "/answers/q"
                            + slot, attempt.token).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    autosave.record(t0, response.statusCode() == 200, response);
                }
            }
        });

        Phase submit = new Phase("POST submit (graded on submit)", submitClients);
        AtomicInteger nextSubmit = new AtomicInteger();
        submit.run(client -> {
            for (int a; (a = nextSubmit.getAndIncrement()) < attempts.size(); ) {
                Attempt attempt = attempts.get(a);
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(request("/api/v1/attempts/" + attempt.id + "/submit",
                        attempt.token).header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                submit.record(t0, response.statusCode() == 200, response);
            }
        });

        for (Phase phase : List.of(paper, autosave, submit)) {
            System.out.println(phase.report());
        }
        if (errors.get() > 0) {
            System.out.printf(Locale.ROOT, "%d failed requests; first ones:%n", errors.get());
            errorSamples.stream().limit(5).forEach(System.out::println);
            return 1;
        }
        return 0;
    }

    /** The demo school's learners (organization's demo data), who all share the demo password. */
    private static final List<String> DEMO_EMAILS = List.of(
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

    private static String demoLearner(int index) {
        return DEMO_EMAILS.get(index);
    }

    private String signIn(String email, @org.jspecify.annotations.Nullable String totp) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("email", email).put("password", password);
        if (totp != null) {
            body.put("totp", totp);
        }
        JsonNode reply = send("POST", "/api/v1/auth/login", null, body, 200);
        return reply.path("accessToken").asString();
    }

    private String createBank(String teacher, List<Choice> key) throws Exception {
        JsonNode bank = send("POST", "/api/v1/item-banks", teacher,
                JSON.createObjectNode().put("name", "Load test " + UUID.randomUUID()), 201);
        String id = bank.path("id").asString();
        for (int i = 1; i <= ITEMS; i++) {
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
        return id;
    }

    private String createQuiz(String teacher, List<Choice> key, int number) throws Exception {
        ObjectNode quiz = JSON.createObjectNode().put("title", "Load test " + number).put("kind", "practice");
        ObjectNode section = quiz.putArray("sections").addObject().put("title", "Physics");
        section.putObject("marking").put("mode", "fixed").put("correct", 4).put("incorrect", -1).put("unanswered", 0);
        ArrayNode items = section.putArray("items");
        key.forEach(choice -> items.add(choice.item));
        quiz.putObject("settings").put("shuffleOptions", true);
        return send("POST", "/api/v1/quizzes", teacher, quiz, 201).path("id").asString();
    }

    private List<Attempt> startAttempts(List<String> learners, List<String> quizzes, int count, int clients)
            throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        for (int q = 0; q < quizzes.size() && attempts.size() < count; q++) {
            for (int l = 0; l < learners.size() && attempts.size() < count; l++) {
                attempts.add(new Attempt(null, learners.get(l), quizzes.get(q)));
            }
        }
        List<Attempt> started = new ArrayList<>(attempts.size());
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Attempt>> futures = new ArrayList<>();
            java.util.concurrent.Semaphore limit = new java.util.concurrent.Semaphore(clients);
            for (Attempt attempt : attempts) {
                futures.add(pool.submit(() -> {
                    limit.acquire();
                    try {
                        JsonNode state = send("POST", "/api/v1/quizzes/" + attempt.quiz + "/attempts", attempt.token,
                                null, 201);
                        return new Attempt(state.path("id").asString(), attempt.token, attempt.quiz);
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

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private JsonNode send(String method, String path, @org.jspecify.annotations.Nullable String token,
            @org.jspecify.annotations.Nullable JsonNode body, int expected) throws Exception {
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

    private record Attempt(@org.jspecify.annotations.Nullable String id, String token, String quiz) {
    }

    private record Choice(String item, String right, String wrong) {
    }

    @FunctionalInterface
    private interface ClientLoop {
        void run(int client) throws Exception;
    }

    /** One phase: its clients run concurrently; every request's latency is kept for percentiles. */
    private final class Phase {

        private final String name;
        private final int clients;
        private final ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        private final ThreadLocal<long[]> buffer = new ThreadLocal<>();
        private final ThreadLocal<int[]> filled = ThreadLocal.withInitial(() -> new int[1]);
        private final AtomicLong failed = new AtomicLong();
        private long elapsedNanos;

        Phase(String name, int clients) {
            this.name = name;
            this.clients = clients;
        }

        void run(ClientLoop loop) throws Exception {
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> futures = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    futures.add(pool.submit(() -> {
                        buffer.set(new long[1 << 16]);
                        filled.get()[0] = 0;
                        try {
                            loop.run(client);
                        } finally {
                            flush();
                        }
                        return null;
                    }));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            }
            elapsedNanos = System.nanoTime() - start;
        }

        void record(long startNanos, boolean ok, HttpResponse<?> response) {
            long[] values = buffer.get();
            int[] count = filled.get();
            if (count[0] == values.length) {
                flush();
                values = buffer.get();
            }
            values[count[0]++] = System.nanoTime() - startNanos;
            if (!ok) {
                failed.incrementAndGet();
                errors.incrementAndGet();
                if (errorSamples.size() < 20) {
                    errorSamples.add(name + ": " + response.statusCode() + " " + String.valueOf(response.body())
                            .substring(0, Math.min(300, String.valueOf(response.body()).length())));
                }
            }
        }

        private void flush() {
            int[] count = filled.get();
            samples.add(Arrays.copyOf(buffer.get(), count[0]));
            buffer.set(new long[1 << 16]);
            count[0] = 0;
        }

        String report() {
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double seconds = elapsedNanos / 1e9;
            return String.format(Locale.ROOT,
                    "%-32s %8d requests in %6.1f s = %8.0f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  (%d clients, %d failed)",
                    name, all.length, seconds, all.length / seconds, percentile(all, 50), percentile(all, 95),
                    percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, clients, failed.get());
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}
