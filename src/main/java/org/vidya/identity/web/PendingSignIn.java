package org.vidya.identity.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.UserId;

/**
 * A browser sign-in whose first factor is proven and that waits, in the HTTP session, for the
 * authenticator step: either a code from the person's app ({@code userId}) or setting up an app
 * first ({@code enrolmentToken}). It lapses after five minutes.
 */
record PendingSignIn(@Nullable UUID userId, @Nullable String enrolmentToken, Instant startedAt)
        implements Serializable {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    static PendingSignIn totp(UserId user, Instant now) {
        return new PendingSignIn(user.value(), null, now);
    }

    static PendingSignIn enrolment(String token, Instant now) {
        return new PendingSignIn(null, token, now);
    }

    boolean expired(Instant now) {
        return !now.isBefore(startedAt.plus(LIFETIME));
    }

    boolean awaitsTotp() {
        return userId != null;
    }

    boolean awaitsEnrolment() {
        return enrolmentToken != null;
    }

    UserId user() {
        if (userId == null) {
            throw new IllegalStateException("This sign-in waits for authenticator set-up, not a code");
        }
        return new UserId(userId);
    }
}
