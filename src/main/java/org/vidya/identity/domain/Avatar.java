package org.vidya.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A profile picture, kept apart from the account so that loading an account stays cheap. */
@Entity
@Table(name = "identity_avatar")
public class Avatar {

    @Id
    private UUID userId;
    private String contentType;
    private byte[] content;
    private Instant updatedAt;

    protected Avatar() {
    }

    public Avatar(UUID userId, String contentType, byte[] content, Instant now) {
        this.userId = userId;
        replace(contentType, content, now);
    }

    public void replace(String contentType, byte[] content, Instant now) {
        this.contentType = contentType;
        this.content = content.clone();
        this.updatedAt = now;
    }

    public String contentType() { return contentType; }
    public byte[] content() { return content.clone(); }
    public Instant updatedAt() { return updatedAt; }
}
