package org.vidya.identity.auth;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;
import org.vidya.support.RequiresRedis;

import io.lettuce.core.RedisClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With counters in Redis, every node counts against the same budget: failures seen by one
 * node lock the account on another, and a success anywhere clears it.
 */
@RequiresRedis
class SignInThrottleRedisTests {

    static RedisClient client;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(System.getenv().getOrDefault("VIDYA_TEST_REDIS_URL", RequiresRedis.URL));
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    static SignInThrottle node() {
        return new SignInThrottle(new IdentityProperties(4, "vidya", Duration.ofMinutes(15), Duration.ofDays(7),
                Duration.ofMinutes(10), 5, Duration.ofMinutes(30), 3, 1000, Duration.ofMinutes(15), 5, Duration.ZERO),
                ThrottleStore.redis(client));
    }

    @Test
    void failuresOnOneNodeLockTheAccountOnAnother() {
        SignInThrottle first = node();
        SignInThrottle second = node();
        String account = "shared-" + UUID.randomUUID() + "@example.org";

        first.failed(account, "198.51.100.1");
        second.failed(account, "198.51.100.2");
        boolean locked = first.failed(account, "198.51.100.3");

        assertThat(locked).isTrue();
        assertThatThrownBy(() -> second.checkAllowed(account, "198.51.100.4"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("too-many-attempts");
                    assertThat(e.retryAfter()).isPositive();
                });
    }

    @Test
    void aSuccessOnAnyNodeClearsTheAccountsFailures() {
        SignInThrottle first = node();
        SignInThrottle second = node();
        String account = "cleared-" + UUID.randomUUID() + "@example.org";
        first.failed(account, "198.51.100.5");
        first.failed(account, "198.51.100.5");

        second.succeeded(account);

        first.failed(account, "198.51.100.5");
        first.failed(account, "198.51.100.5");
        second.checkAllowed(account, "198.51.100.6");
    }
}
