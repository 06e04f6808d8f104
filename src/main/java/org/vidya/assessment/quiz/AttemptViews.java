package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/** What the attempt API answers with; shapes as in the REST contract. */
public final class AttemptViews {

    private AttemptViews() {
    }

    public record QuizRef(UUID id, String title, String kind) {
    }

    /** An attempt's state: its clock, where it stands, and every answer saved so far. */
    public record AttemptState(UUID id, QuizRef quiz, @Nullable UUID schedule, String status,
            @Nullable Instant startedAt, @Nullable Instant deadline, Instant serverTime, long graceSeconds,
            String navigation, String questionBehaviour, @Nullable Integer currentSection,
            @Nullable Instant sectionDeadline, String paperUrl, String paperEtag, Map<String, AnswerState> answers,
            @Nullable Instant submittedAt, @Nullable String resultUrl) {
    }

    public record AnswerState(@Nullable JsonNode response, long seq, boolean flagged, long timeSpentMillis,
            Instant savedAt) {
    }

    /** One answer as a client sends it; a null response clears the slot. */
    public record AnswerInput(String slot, @Nullable JsonNode response, long seq, long timeSpentMillis,
            boolean flagged) {
    }

    public record SaveReply(String slot, long seq, boolean applied, Instant savedAt) {
    }

    /** {@code status}: applied, stale or refused (with the errors that refused it). */
    public record BatchResult(String slot, long seq, String status, @Nullable List<FieldViolation> errors) {
    }

    public record BatchReply(List<BatchResult> results) {
    }

    public record SubmitReply(String status, String resultUrl) {
    }

    /** The attempt a start gives, and whether it began just now (201) or was already under way (200). */
    public record Started(AttemptState state, boolean created) {
    }

    /** A paper's stored bytes and their entity tag. */
    public record Paper(byte[] bytes, String etag) {
    }

    public record Learner(UUID id, String name) {
    }

    /** One learner of a scheduled test on the live board. {@code status} is {@code not-started} before an attempt exists. */
    public record BoardRow(Learner learner, String status, int answered, int total, @Nullable Instant lastSeenAt,
            boolean connected) {
    }
}
