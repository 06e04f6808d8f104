package org.vidya.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/**
 * A refresh token, stored only as its SHA-256 hash. Each is spent once: using it yields a new
 * one in the same family; using a spent one again is theft and revokes the family.
 */
@Entity
@Table(name = "identity_refresh_token")
public class RefreshToken {

    @Id
    private UUID id;
    private UUID familyId;
    private UUID userId;
    private String tokenHash;
    private @Nullable UUID sessionTenantId;
    private int tokenVersion;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant spentAt;

    protected RefreshToken() {
    }

    public RefreshToken(UUID familyId, UUID userId, String tokenHash, @Nullable UUID sessionTenantId,
            int tokenVersion, Instant now, Instant expiresAt) {
        this.id = Ids.next();
        this.familyId = familyId;
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.sessionTenantId = sessionTenantId;
        this.tokenVersion = tokenVersion;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public UUID id() { return id; }
    public UUID familyId() { return familyId; }
    public UUID userId() { return userId; }
    public @Nullable UUID sessionTenantId() { return sessionTenantId; }
    public int tokenVersion() { return tokenVersion; }
    public Instant expiresAt() { return expiresAt; }
    public boolean spent() { return spentAt != null; }
}
