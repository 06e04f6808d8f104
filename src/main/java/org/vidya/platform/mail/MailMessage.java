package org.vidya.platform.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/** One e-mail in the outbox. */
@Entity
@Table(name = "platform_mail_outbox")
class MailMessage {

    enum Status { PENDING, SENT, FAILED, STORED }

    @Id
    private UUID id;
    @Column(name = "recipient")
    private String to;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private @Nullable String lastError;
    private Instant createdAt;
    private @Nullable Instant sentAt;

    protected MailMessage() {
    }

    MailMessage(String to, String subject, String body, Status status, Instant now) {
        this.id = Ids.next();
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.status = status;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        }
    }

    UUID id() { return id; }
    String to() { return to; }
    String subject() { return subject; }
    String body() { return body; }
    Status status() { return status; }
    int attempts() { return attempts; }
    @Nullable String lastError() { return lastError; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant sentAt() { return sentAt; }
}
