package org.vidya.mastery.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.mastery.session.DiagnosticService;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.mastery.session.SessionViews.Started;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** The diagnostic: an adaptive test per subject, one item at a time. */
@RestController
@RequestMapping("/api/v1/diagnostics")
@Tag(name = "Diagnostics")
class DiagnosticRestController {

    private final DiagnosticService diagnostics;

    DiagnosticRestController(DiagnosticService diagnostics) {
        this.diagnostics = diagnostics;
    }

    record StartBody(@NotBlank @Size(max = 60) String subject) {
    }

    @PostMapping
    @Operation(summary = "Start a diagnostic of a subject (201), or get the open one back (200)")
    ResponseEntity<SessionState> start(@Valid @RequestBody StartBody body) {
        Started<SessionState> started = diagnostics.start(body.subject());
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.value());
    }

    @GetMapping
    @Operation(summary = "The learner's diagnostics, newest first")
    List<SessionState> mine() {
        return diagnostics.mine();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A diagnostic: answered, ability and its standard error, the current item or the results")
    SessionState get(@PathVariable UUID id) {
        return diagnostics.get(id);
    }

    /** An answer: the item, the response in its type's shape (docs/item-format.md), and its sequence number (1, 2, ...). */
    record AnswerBody(@NotBlank @Size(max = 64) String item, @NotNull JsonNode response,
            @NotNull @Min(1) @Max(1000) Integer sequence) {
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer the current item; idempotent per sequence number")
    AnswerReply answer(@PathVariable UUID id, @Valid @RequestBody AnswerBody body) {
        return diagnostics.answer(id, body.item(), body.response(), body.sequence());
    }
}
