package org.vidya.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/**
 * A single-use secret sent to a person: a six-digit sign-in code, or a link token for e-mail
 * verification, password reset or TOTP enrolment. Stored only as a hash.
 */
@Entity
@Table(name = "identity_one_time_code")
public class OneTimeCode {

    public enum Purpose { SIGN_IN, VERIFY_EMAIL, RESET_PASSWORD, TOTP_ENROLMENT }

    @Id
    private UUID id;
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String codeHash;
    private int attempts;
    private int maxAttempts;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant consumedAt;

    protected OneTimeCode() {
    }

    public OneTimeCode(UUID userId, Purpose purpose, String codeHash, int maxAttempts, Instant now,
            Instant expiresAt) {
        this.id = Ids.next();
        this.userId = userId;
        this.purpose = purpose;
        this.codeHash = codeHash;
        this.maxAttempts = maxAttempts;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean usable(Instant now) {
        return consumedAt == null && now.isBefore(expiresAt) && attempts < maxAttempts;
    }

    public void failedAttempt() {
        attempts++;
    }

    public void consume(Instant now) {
        consumedAt = now;
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public Purpose purpose() { return purpose; }
    public String codeHash() { return codeHash; }
    public int attempts() { return attempts; }
    public Instant expiresAt() { return expiresAt; }
}
