package org.vidya.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client half of {@code scripts/kill-during-autosave.sh}: autosaves answers to attempts of the
 * demo school's learners as fast as it can, each answer with a growing sequence number, and writes
 * every acknowledged save (attempt, slot, seq) to a file, flushed before the next save, until the
 * application stops answering (the script kills it). The script then restarts the application and
 * checks every line of the file against the database.
 */
public final class AutosaveKillCheck {

    private static final int ITEMS = 10;

    private AutosaveKillCheck() {
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        Path acknowledged = Path.of(System.getProperty("out", "target/acknowledged-saves.tsv"));
        int clients = Integer.getInteger("clients", 40);
        ExamClient exam = new ExamClient(base, clients);
        String teacher = exam.signInTeacher();
        List<String> learners = exam.signInLearners();
        List<ExamClient.Choice> key = exam.createBank(teacher, ITEMS);
        List<String> quizzes = new ArrayList<>();
        for (int q = 0; q * learners.size() < clients; q++) {
            quizzes.add(exam.createQuiz(teacher, key, "Crash check " + q));
        }
        List<ExamClient.Attempt> attempts = exam.startAttempts(learners, quizzes, clients, clients);
        Files.deleteIfExists(acknowledged);
        System.out.printf(Locale.ROOT, "READY %d attempts autosaving%n", attempts.size());
        AtomicLong acked = new AtomicLong();
        try (BufferedWriter out = Files.newBufferedWriter(acknowledged, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND); ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> loops = new ArrayList<>();
            for (ExamClient.Attempt attempt : attempts) {
                loops.add(pool.submit(() -> {
                    for (long seq = 1; ; seq++) {
                        int slot = (int) (seq % ITEMS) + 1;
                        ExamClient.Choice choice = key.get(slot - 1);
                        HttpResponse<String> response;
                        try {
                            response = exam.http.send(exam.autosave(attempt, slot,
                                    seq % 2 == 0 ? choice.right() : choice.wrong(), seq),
                                    HttpResponse.BodyHandlers.ofString());
                        } catch (IOException stopped) {
                            return null;
                        }
                        if (response.statusCode() != 200) {
                            return null;
                        }
                        synchronized (out) {
                            out.write(attempt.id() + "\tq" + slot + "\t" + seq + "\n");
                            out.flush();
                        }
                        acked.incrementAndGet();
                    }
                }));
            }
            for (Future<?> loop : loops) {
                loop.get();
            }
        }
        System.out.printf(Locale.ROOT, "STOPPED after %d acknowledged saves%n", acked.get());
    }
}
