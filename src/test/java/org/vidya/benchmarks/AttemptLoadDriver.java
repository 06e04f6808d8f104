package org.vidya.benchmarks;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    private static final int ITEMS = 75;

    private final ExamClient exam;
    private final AtomicLong errors = new AtomicLong();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    private AttemptLoadDriver(ExamClient exam) {
        this.exam = exam;
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int attempts = Integer.getInteger("attempts", 2000);
        int paperClients = Integer.getInteger("paperClients", 500);
        int paperSeconds = Integer.getInteger("paperSeconds", 20);
        int saveClients = Integer.getInteger("saveClients", 64);
        int submitClients = Integer.getInteger("submitClients", 32);
        AttemptLoadDriver driver = new AttemptLoadDriver(new ExamClient(base, paperClients));
        System.out.printf(Locale.ROOT, "Vidya exam load on %s: %d attempts of %d items, %d cores%n", base, attempts,
                ITEMS, Runtime.getRuntime().availableProcessors());
        System.exit(driver.run(attempts, paperClients, paperSeconds, saveClients, submitClients));
    }

    private int run(int attemptCount, int paperClients, int paperSeconds, int saveClients, int submitClients)
            throws Exception {
        String teacher = exam.signInTeacher();
        List<String> learners = exam.signInLearners();
        List<ExamClient.Choice> key = exam.createBank(teacher, ITEMS);
        int quizCount = (attemptCount + learners.size() - 1) / learners.size();
        List<String> quizzes = new ArrayList<>();
        for (int q = 0; q < quizCount; q++) {
            quizzes.add(exam.createQuiz(teacher, key, "Load test " + q));
        }
        System.out.printf(Locale.ROOT, "set-up: %d items, %d tests, %d learners%n", ITEMS, quizCount, learners.size());
        long startNanos = System.nanoTime();
        List<ExamClient.Attempt> attempts = exam.startAttempts(learners, quizzes, attemptCount, saveClients);
        System.out.printf(Locale.ROOT, "started %d attempts in %.1f s%n", attempts.size(),
                (System.nanoTime() - startNanos) / 1e9);

        Phase paper = new Phase("GET paper", paperClients);
        AtomicInteger next = new AtomicInteger();
        long paperEnd = System.nanoTime() + Duration.ofSeconds(paperSeconds).toNanos();
        paper.run(client -> {
            while (System.nanoTime() < paperEnd) {
                ExamClient.Attempt attempt = attempts.get(Math.floorMod(next.getAndIncrement(), attempts.size()));
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = exam.http.send(exam.request("/api/v1/attempts/" + attempt.id()
                        + "/paper", attempt.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                paper.record(t0, response.statusCode() == 200 && response.body().length > 0, response);
            }
        });

        Phase autosave = new Phase("PUT answer (autosave)", saveClients);
        AtomicInteger nextAttempt = new AtomicInteger();
        autosave.run(client -> {
            for (int a; (a = nextAttempt.getAndIncrement()) < attempts.size(); ) {
                ExamClient.Attempt attempt = attempts.get(a);
                for (int slot = 1; slot <= ITEMS; slot++) {
                    ExamClient.Choice answer = key.get(slot - 1);
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = exam.http.send(exam.autosave(attempt, slot,
                            slot % 4 == 0 ? answer.wrong() : answer.right(), 1), HttpResponse.BodyHandlers.ofString());
                    autosave.record(t0, response.statusCode() == 200, response);
                }
            }
        });

        Phase submit = new Phase("POST submit (graded on submit)", submitClients);
        AtomicInteger nextSubmit = new AtomicInteger();
        submit.run(client -> {
            for (int a; (a = nextSubmit.getAndIncrement()) < attempts.size(); ) {
                ExamClient.Attempt attempt = attempts.get(a);
                long t0 = System.nanoTime();
                HttpResponse<String> response = exam.http.send(exam.request("/api/v1/attempts/" + attempt.id()
                        + "/submit", attempt.token()).header("Idempotency-Key", UUID.randomUUID().toString())
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
