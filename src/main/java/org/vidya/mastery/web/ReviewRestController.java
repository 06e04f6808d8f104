package org.vidya.mastery.web;

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
import org.vidya.mastery.session.ReviewService;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.ReviewStart;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.mastery.session.SessionViews.Started;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** Review sessions: practice on the concepts due for review, with feedback after each item. */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews")
class ReviewRestController {

    private final ReviewService reviews;

    ReviewRestController(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PostMapping
    @Operation(summary = "Start a review of what is due (201), get the open one back (200), or, with nothing due,"
            + " weak spots to work on (200, no session)")
    ResponseEntity<ReviewStart> start() {
        Started<ReviewStart> started = reviews.start();
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK).body(started.value());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A review session: progress, the current item, or the tally when finished")
    SessionState get(@PathVariable UUID id) {
        return reviews.get(id);
    }

    /** An answer: the item, the response in its type's shape (docs/item-format.md), and its sequence number (1, 2, ...). */
    record AnswerBody(@NotBlank @Size(max = 64) String item, @NotNull JsonNode response,
            @NotNull @Min(1) @Max(1000) Integer sequence) {
    }

    @PostMapping("/{id}/answers")
    @Operation(summary = "Answer the current item and get feedback with the explanation; idempotent per sequence number")
    AnswerReply answer(@PathVariable UUID id, @Valid @RequestBody AnswerBody body) {
        return reviews.answer(id, body.item(), body.response(), body.sequence());
    }
}
