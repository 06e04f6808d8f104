package org.vidya.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs the same call from several threads released at the same moment, as two browser tabs or
 * a double click would send it, and returns every answer.
 */
public final class AtOnce implements AutoCloseable {

    private final int callers;
    private final ExecutorService threads;

    public AtOnce(int callers) {
        this.callers = callers;
        this.threads = Executors.newFixedThreadPool(callers);
    }

    public <T> List<T> run(Supplier<T> call) throws InterruptedException, ExecutionException, TimeoutException {
        CountDownLatch ready = new CountDownLatch(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<T>> calls = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                try {
                    go.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.get();
            }, threads));
        }
        if (!ready.await(10, TimeUnit.SECONDS)) {
            throw new TimeoutException("The callers did not start");
        }
        go.countDown();
        List<T> answers = new ArrayList<>();
        for (CompletableFuture<T> c : calls) {
            answers.add(c.get(30, TimeUnit.SECONDS));
        }
        return answers;
    }

    @Override
    public void close() {
        threads.close();
    }
}
