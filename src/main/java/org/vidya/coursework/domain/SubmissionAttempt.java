package org.vidya.coursework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/** One hand-in of a submission; a replacement adds an attempt, so earlier ones stay on record. */
@Entity
@Table(name = "coursework_submission_attempt")
public class SubmissionAttempt {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID submissionId;
    @Column(name = "attempt_number")
    private int number;
    @Enumerated(EnumType.STRING)
    private SubmissionType type;
    private @Nullable String textContent;
    private @Nullable String linkUrl;
    private @Nullable String fileKey;
    private @Nullable String fileName;
    private @Nullable String fileContentType;
    private @Nullable Long fileSize;
    private Instant submittedAt;

    protected SubmissionAttempt() {
    }

    SubmissionAttempt(UUID submissionId, int number, SubmissionContent content, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.submissionId = submissionId;
        this.number = number;
        this.type = content.type();
        this.submittedAt = now;
        switch (content) {
            case SubmissionContent.Text text -> this.textContent = text.text();
            case SubmissionContent.Link link -> this.linkUrl = link.url();
            case SubmissionContent.File file -> {
                this.fileKey = file.key();
                this.fileName = file.name();
                this.fileContentType = file.contentType();
                this.fileSize = file.size();
            }
        }
    }

    public SubmissionContent content() {
        return switch (type) {
            case TEXT -> new SubmissionContent.Text(textContent == null ? "" : textContent);
            case LINK, VIDEO_LINK -> new SubmissionContent.Link(type, linkUrl == null ? "" : linkUrl);
            case FILE -> new SubmissionContent.File(String.valueOf(fileKey), String.valueOf(fileName),
                    String.valueOf(fileContentType), fileSize == null ? 0 : fileSize);
        };
    }

    public UUID id() { return id; }
    public UUID submissionId() { return submissionId; }
    public int number() { return number; }
    public SubmissionType type() { return type; }
    public Instant submittedAt() { return submittedAt; }
}
