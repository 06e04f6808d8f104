package org.vidya.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** One person signing in on several devices at the same moment gets a session on each. */
@ApiTest
class ConcurrentSignInTests {

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void simultaneousSignInsOfOnePersonAllSucceed() throws Exception {
        TestData.Person learner = data.member(data.tenant(), Role.LEARNER);
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService devices = Executors.newFixedThreadPool(8)) {
            for (int round = 0; round < 3; round++) {
                List<CompletableFuture<Integer>> attempts = new ArrayList<>();
                for (int device = 0; device < 8; device++) {
                    attempts.add(CompletableFuture.supplyAsync(
                            () -> api.login(learner.email(), learner.password(), null).status(), devices));
                }
                for (CompletableFuture<Integer> attempt : attempts) {
                    statuses.add(attempt.get());
                }
            }
        }
        assertThat(statuses).hasSize(24).containsOnly(200);
    }
}
