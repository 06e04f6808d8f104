package org.vidya.assessment.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.quiz.AttemptViews.AnswerInput;
import org.vidya.assessment.quiz.AttemptViews.AttemptState;
import org.vidya.assessment.quiz.AttemptViews.BatchReply;
import org.vidya.assessment.quiz.AttemptViews.Paper;
import org.vidya.assessment.quiz.AttemptViews.SaveReply;
import org.vidya.assessment.quiz.AttemptViews.Started;
import org.vidya.assessment.quiz.AttemptViews.SubmitReply;
import org.vidya.platform.ApiException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** Taking a test: start, paper, autosave, offline batch, heartbeat, sections and submit. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Attempts")
class AttemptRestController {

    static final CacheControl PAPER_CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().immutable();

    private final AttemptService attempts;

    AttemptRestController(AttemptService attempts) {
        this.attempts = attempts;
    }

    /** One answer; {@code response} null clears the slot. */
    record AnswerBody(@Nullable JsonNode response, @NotNull Long seq, @Nullable Long timeSpentMillis,
            @Nullable Boolean flagged) {
    }

    record BatchAnswer(@Nullable @Size(max = 16) String slot, @Nullable JsonNode response, @Nullable Long seq,
            @Nullable Long timeSpentMillis, @Nullable Boolean flagged) {

        AnswerInput input() {
            return new AnswerInput(slot == null ? "" : slot, response, seq == null ? 0 : seq,
                    timeSpentMillis == null ? 0 : timeSpentMillis, Boolean.TRUE.equals(flagged));
        }
    }

    record BatchBody(@NotNull @Size(max = AttemptService.MAX_BATCH) List<@Valid @NotNull BatchAnswer> answers) {
    }

    record SubmitBody(@Nullable @Size(max = AttemptService.MAX_BATCH) List<@Valid @NotNull BatchAnswer> answers) {
    }

    record HeartbeatBody(@Nullable @Size(max = 16) String slot, @Nullable Boolean online) {
    }

    @PostMapping("/quizzes/{id}/attempts")
    @Operation(summary = "Start a practice test (the attempt in progress comes back while there is one)")
    ResponseEntity<AttemptState> startPractice(@PathVariable UUID id) {
        return started(attempts.startPractice(new QuizId(id)));
    }

    @PostMapping("/schedules/{id}/attempts")
    @Operation(summary = "Start a scheduled test within its window")
    ResponseEntity<AttemptState> startScheduled(@PathVariable UUID id) {
        return started(attempts.startScheduled(new ScheduleId(id)));
    }

    @GetMapping("/attempts/{id}")
    @Operation(summary = "An attempt's state: clock, status and saved answers")
    AttemptState state(@PathVariable UUID id) {
        return attempts.state(new AttemptId(id));
    }

    @GetMapping("/attempts/{id}/paper")
    @Operation(summary = "The attempt's paper: the same bytes every time, with ETag")
    ResponseEntity<byte[]> paper(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        Paper paper = attempts.paper(new AttemptId(id));
        if (ifNoneMatch != null && matches(ifNoneMatch, paper.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(paper.etag()).cacheControl(PAPER_CACHE).build();
        }
        return ResponseEntity.ok().eTag(paper.etag()).cacheControl(PAPER_CACHE).contentType(MediaType.APPLICATION_JSON)
                .body(paper.bytes());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    @PutMapping("/attempts/{id}/answers/{slot}")
    @Operation(summary = "Autosave one answer; idempotent by seq")
    SaveReply save(@PathVariable UUID id, @PathVariable String slot, @Valid @RequestBody AnswerBody body) {
        return attempts.save(new AttemptId(id), new AnswerInput(slot, body.response(), body.seq(),
                body.timeSpentMillis() == null ? 0 : body.timeSpentMillis(), Boolean.TRUE.equals(body.flagged())));
    }

    @PostMapping("/attempts/{id}/answers/batch")
    @Operation(summary = "Save answers sent together after being offline")
    BatchReply batch(@PathVariable UUID id, @Valid @RequestBody BatchBody body) {
        return attempts.batch(new AttemptId(id), body.answers().stream().map(BatchAnswer::input).toList());
    }

    @PostMapping("/attempts/{id}/submit")
    @Operation(summary = "Submit (Idempotency-Key required); answers sent along are saved first")
    SubmitReply submit(@PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @Valid @RequestBody(required = false) @Nullable SubmitBody body) {
        List<AnswerInput> answers = body == null || body.answers() == null ? List.of()
                : body.answers().stream().map(BatchAnswer::input).toList();
        return attempts.submit(new AttemptId(id), key, answers);
    }

    @PostMapping("/attempts/{id}/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The learner's page is open (for the live board)")
    void heartbeat(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable HeartbeatBody body) {
        attempts.heartbeat(new AttemptId(id), body == null ? null : body.slot());
    }

    @PostMapping("/attempts/{id}/sections/{index}/finish")
    @Operation(summary = "Finish the current section of a sectioned test; the next one's clock starts")
    AttemptState finishSection(@PathVariable UUID id, @PathVariable int index) {
        if (index < 0 || index > 100) {
            throw ApiException.notFound("section-not-found", "There is no such section.");
        }
        return attempts.finishSection(new AttemptId(id), index);
    }

    private static ResponseEntity<AttemptState> started(Started started) {
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.state());
    }
}
