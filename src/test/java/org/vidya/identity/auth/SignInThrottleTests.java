package org.vidya.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.vidya.platform.ApiException;

class SignInThrottleTests {

    static final String ALICE = "alice@example.org";
    static final String BOB = "bob@example.org";
    static final String HOME = "203.0.113.7";
    static final String CAFE = "198.51.100.20";

    @Test
    void locksAnAccountAtItsFifthFailure() {
        SignInThrottle throttle = throttle(5, 1000, Duration.ofMinutes(15));

        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed(ALICE, HOME)).as("failure %d locks", i).isFalse();
            throttle.checkAllowed(ALICE, HOME);
        }
        assertThat(throttle.failed(ALICE, HOME)).isTrue();

        ApiException refused = refusal(() -> throttle.checkAllowed(ALICE, CAFE));
        assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.code()).isEqualTo("too-many-attempts");
    }

    @Test
    void lockedAccountTellsHowLongToWait() {
        SignInThrottle throttle = throttle(5, 1000, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            throttle.failed(ALICE, HOME);
        }

        Duration wait = refusal(() -> throttle.checkAllowed(ALICE, HOME)).retryAfter();

        assertThat(wait).isNotNull().isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15))
                .isGreaterThan(Duration.ofMinutes(14));
    }

    @Test
    void lockOfOneAccountLeavesOthersAlone() {
        SignInThrottle throttle = throttle(5, 1000, Duration.ofMinutes(15));
        for (int i = 0; i < 5; i++) {
            throttle.failed(ALICE, HOME);
        }

        assertThatCode(() -> throttle.checkAllowed(BOB, HOME)).doesNotThrowAnyException();
    }

    @Test
    void locksAnAddressThatGuessesAcrossManyAccounts() {
        SignInThrottle throttle = throttle(5, 3, Duration.ofMinutes(15));

        throttle.failed("a@example.org", HOME);
        throttle.failed("b@example.org", HOME);
        throttle.failed("c@example.org", HOME);

        ApiException refused = refusal(() -> throttle.checkAllowed("d@example.org", HOME));
        assertThat(refused.code()).isEqualTo("too-many-attempts");
        assertThat(refused.retryAfter()).isPositive();
        assertThatCode(() -> throttle.checkAllowed("d@example.org", CAFE)).doesNotThrowAnyException();
    }

    @Test
    void successResetsTheAccountButNotTheAddress() {
        SignInThrottle throttle = throttle(5, 6, Duration.ofMinutes(15));
        for (int i = 0; i < 4; i++) {
            throttle.failed(ALICE, HOME);
        }

        throttle.succeeded(ALICE);

        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed(ALICE, CAFE)).as("failure %d after success locks", i + 1).isFalse();
        }
        throttle.failed(BOB, HOME);
        throttle.failed(BOB, HOME);
        throttle.succeeded(BOB);
        assertThat(refusal(() -> throttle.checkAllowed(BOB, HOME)).code()).isEqualTo("too-many-attempts");
    }

    @Test
    void lockLiftsOnceTheLockoutHasPassed() {
        SignInThrottle throttle = throttle(2, 1000, Duration.ofMillis(300));
        throttle.failed(ALICE, HOME);
        throttle.failed(ALICE, HOME);
        refusal(() -> throttle.checkAllowed(ALICE, HOME));

        Awaitility.await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThatCode(() -> throttle.checkAllowed(ALICE, HOME))
                        .doesNotThrowAnyException());
    }

    @Test
    void limitsRequestsForEmailedCodesPerAccount() {
        SignInThrottle throttle = throttle(5, 1000, Duration.ofMinutes(15), 2);

        throttle.codeRequested(ALICE, HOME);
        throttle.codeRequested(ALICE, CAFE);

        assertThat(refusal(() -> throttle.codeRequested(ALICE, HOME)).code()).isEqualTo("too-many-attempts");
        assertThatCode(() -> throttle.codeRequested(BOB, HOME)).doesNotThrowAnyException();
        assertThatCode(() -> throttle.checkAllowed(ALICE, HOME)).doesNotThrowAnyException();
    }

    @Test
    void limitsRequestsForEmailedCodesPerAddress() {
        SignInThrottle throttle = throttle(5, 2, Duration.ofMinutes(15), 5);

        throttle.codeRequested("a@example.org", HOME);
        throttle.codeRequested("b@example.org", HOME);

        assertThat(refusal(() -> throttle.codeRequested("c@example.org", HOME)).code())
                .isEqualTo("too-many-attempts");
        assertThatCode(() -> throttle.codeRequested("c@example.org", CAFE)).doesNotThrowAnyException();
    }

    private static SignInThrottle throttle(int accountFailures, int addressFailures, Duration lockout) {
        return throttle(accountFailures, addressFailures, lockout, 5);
    }

    private static SignInThrottle throttle(int accountFailures, int addressFailures, Duration lockout,
            int codeRequests) {
        return new SignInThrottle(new IdentityProperties(4, "vidya", Duration.ofMinutes(15), Duration.ofDays(7),
                Duration.ofMinutes(10), 5, Duration.ofMinutes(30), accountFailures, addressFailures, lockout,
                codeRequests, Duration.ZERO));
    }

    private static ApiException refusal(Runnable attempt) {
        ApiException refused = catchThrowableOfType(ApiException.class, attempt::run);
        assertThat(refused).as("the attempt is refused").isNotNull();
        return refused;
    }
}
