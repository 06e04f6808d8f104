package org.vidya.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/**
 * One signed-in session: a browser session or a chain of rotated refresh tokens. Revoking the
 * family ends the session and every access token issued in it.
 */
@Entity
@Table(name = "identity_token_family")
public class TokenFamily {

    public enum Channel { API, BROWSER }

    @Id
    private UUID id;
    private UUID userId;
    private String channel;
    private String address;
    private String userAgent;
    private Instant createdAt;
    private Instant lastUsedAt;
    private @Nullable Instant revokedAt;
    private @Nullable String revokedReason;

    protected TokenFamily() {
    }

    public TokenFamily(UUID userId, Channel channel, String address, String userAgent, Instant now) {
        this.id = Ids.next();
        this.userId = userId;
        this.channel = channel.name();
        this.address = address.length() > 64 ? address.substring(0, 64) : address;
        this.userAgent = userAgent.length() > 300 ? userAgent.substring(0, 300) : userAgent;
        this.createdAt = now;
        this.lastUsedAt = now;
    }

    public void revoke(String reason, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedReason = reason;
        }
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public UUID id() { return id; }
    public UUID userId() { return userId; }
    public String channel() { return channel; }
    public String address() { return address; }
    public String userAgent() { return userAgent; }
    public Instant createdAt() { return createdAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public boolean revoked() { return revokedAt != null; }
    public @Nullable String revokedReason() { return revokedReason; }
}
