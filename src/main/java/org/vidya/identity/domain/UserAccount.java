package org.vidya.identity.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * A person's account. Not tenant-owned: one person keeps one account, and belongs to tenants
 * through memberships.
 */
@Entity
@Table(name = "identity_user")
public class UserAccount {

    public enum Status { ACTIVE, INVITED, DISABLED }

    public enum Visibility { PUBLIC, CONNECTIONS, PRIVATE }

    @Id
    private UUID id;
    private String email;
    private @Nullable String passwordHash;
    private String displayName;
    private @Nullable Instant emailVerifiedAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private boolean platformAdmin;
    private int tokenVersion;
    private @Nullable String totpSecret;
    private @Nullable String totpPendingSecret;
    private long totpLastStep;
    private String locale;
    private String timeZone;
    private @Nullable String bio;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private boolean hasAvatar;
    private Instant createdAt;
    private @Nullable Instant lastSignedInAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, Status status, Instant now) {
        this.id = Ids.next();
        this.email = normalize(email);
        this.displayName = displayName.strip();
        this.status = status;
        this.locale = "en";
        this.timeZone = "UTC";
        this.visibility = Visibility.CONNECTIONS;
        this.createdAt = now;
    }

    public static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public UserId userId() {
        return new UserId(id);
    }

    public void setPassword(String hash) {
        this.passwordHash = hash;
    }

    public void verifyEmail(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
        if (status == Status.INVITED && passwordHash != null) {
            status = Status.ACTIVE;
        }
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public void makePlatformAdmin() {
        platformAdmin = true;
    }

    /** Ends every session and token issued so far. */
    public void revokeAllTokens() {
        tokenVersion++;
    }

    public void startTotpEnrolment(String secret) {
        totpPendingSecret = secret;
    }

    public void confirmTotp(long step) {
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpLastStep = step;
    }

    public void enableTotp(String secret) {
        totpSecret = secret;
        totpPendingSecret = null;
    }

    public void disableTotp() {
        totpSecret = null;
        totpPendingSecret = null;
    }

    /** Records the time step of an accepted TOTP code so that the same code is never accepted twice. */
    public void usedTotpStep(long step) {
        totpLastStep = step;
    }

    public void updateProfile(String displayName, @Nullable String bio, String locale, String timeZone,
            Visibility visibility) {
        this.displayName = displayName.strip();
        this.bio = bio == null || bio.isBlank() ? null : bio.strip();
        this.locale = locale;
        this.timeZone = timeZone;
        this.visibility = visibility;
    }

    public void avatarSet(boolean present) {
        hasAvatar = present;
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public @Nullable String passwordHash() { return passwordHash; }
    public String displayName() { return displayName; }
    public boolean emailVerified() { return emailVerifiedAt != null; }
    public Status status() { return status; }
    public boolean platformAdmin() { return platformAdmin; }
    public int tokenVersion() { return tokenVersion; }
    public @Nullable String totpSecret() { return totpSecret; }
    public @Nullable String totpPendingSecret() { return totpPendingSecret; }
    public boolean totpEnabled() { return totpSecret != null; }
    public long totpLastStep() { return totpLastStep; }
    public String locale() { return locale; }
    public String timeZone() { return timeZone; }
    public @Nullable String bio() { return bio; }
    public Visibility visibility() { return visibility; }
    public boolean hasAvatar() { return hasAvatar; }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant lastSignedInAt() { return lastSignedInAt; }
}
