package org.vidya.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.Results;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.quiz.AttemptViews.AnswerInput;
import org.vidya.assessment.quiz.AttemptViews.AttemptState;
import org.vidya.assessment.quiz.AttemptViews.BatchReply;
import org.vidya.assessment.quiz.AttemptViews.Paper;
import org.vidya.assessment.quiz.AttemptViews.SaveReply;
import org.vidya.assessment.quiz.AttemptViews.SubmitReply;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.json.JsonMapper;

/**
 * The learner's test page and result page. The test page is a shell: its script loads the attempt
 * and its paper, saves and submits through the routes below {@code /attempts/{id}/}, which take the
 * browser session (with its CSRF token) and the same bodies as the REST API's attempt routes, and
 * call the same service. The script keeps working offline (attempt.js, attempt-sw.js).
 */
@Controller
class AttemptPageController {

    private final AttemptService attempts;
    private final Results results;
    private final AttemptPageMessages messages;
    private final JsonMapper json;

    AttemptPageController(AttemptService attempts, @Lazy Results results, AttemptPageMessages messages,
            JsonMapper json) {
        this.attempts = attempts;
        this.results = results;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/attempts/{id}")
    String test(@PathVariable UUID id, Locale locale, Model model) {
        PageAccess.require(Permission.TESTS_TAKE);
        AttemptState state = attempts.state(new AttemptId(id));
        if ("ready".equals(state.status())) {
            // A personal test's attempt is generated when assigned; its clock starts when the learner opens it.
            state = attempts.startReady(new AttemptId(id));
        }
        if ("submitted".equals(state.status()) || "graded".equals(state.status())) {
            return "redirect:/attempts/" + id + "/result";
        }
        model.addAttribute("attemptId", id.toString());
        model.addAttribute("quizTitle", state.quiz().title());
        model.addAttribute("messagesJson", messages.json(locale));
        return "assessment/attempt/test";
    }

    @GetMapping(path = "/attempts/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    AttemptState state(@PathVariable UUID id) {
        return attempts.state(new AttemptId(id));
    }

    @GetMapping("/attempts/{id}/paper")
    @ResponseBody
    ResponseEntity<byte[]> paper(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        Paper paper = attempts.paper(new AttemptId(id));
        if (ifNoneMatch != null && List.of(ifNoneMatch.split(",")).stream().map(String::strip)
                .anyMatch(tag -> tag.equals(paper.etag()) || tag.equals("W/" + paper.etag()))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(paper.etag())
                    .cacheControl(AttemptRestController.PAPER_CACHE).build();
        }
        return ResponseEntity.ok().eTag(paper.etag()).cacheControl(AttemptRestController.PAPER_CACHE)
                .contentType(MediaType.APPLICATION_JSON).body(paper.bytes());
    }

    @PutMapping(path = "/attempts/{id}/answers/{slot}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SaveReply save(@PathVariable UUID id, @PathVariable String slot,
            @Valid @RequestBody AttemptRestController.AnswerBody body) {
        return attempts.save(new AttemptId(id), new AnswerInput(slot, body.response(), body.seq(),
                body.timeSpentMillis() == null ? 0 : body.timeSpentMillis(), Boolean.TRUE.equals(body.flagged())));
    }

    @PostMapping(path = "/attempts/{id}/answers/batch", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    BatchReply batch(@PathVariable UUID id, @Valid @RequestBody AttemptRestController.BatchBody body) {
        return attempts.batch(new AttemptId(id),
                body.answers().stream().map(AttemptRestController.BatchAnswer::input).toList());
    }

    @PostMapping(path = "/attempts/{id}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SubmitReply submit(@PathVariable UUID id,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
            @Valid @RequestBody(required = false) AttemptRestController.@Nullable SubmitBody body) {
        List<AnswerInput> answers = body == null || body.answers() == null ? List.of()
                : body.answers().stream().map(AttemptRestController.BatchAnswer::input).toList();
        return attempts.submit(new AttemptId(id), key, answers);
    }

    @PostMapping("/attempts/{id}/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void heartbeat(@PathVariable UUID id,
            @Valid @RequestBody(required = false) AttemptRestController.@Nullable HeartbeatBody body) {
        attempts.heartbeat(new AttemptId(id), body == null ? null : body.slot());
    }

    @PostMapping(path = "/attempts/{id}/sections/{index}/finish", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    AttemptState finishSection(@PathVariable UUID id, @PathVariable int index) {
        if (index < 0 || index > 100) {
            throw ApiException.notFound("section-not-found", "There is no such section.");
        }
        return attempts.finishSection(new AttemptId(id), index);
    }

    /** The result, for the learner who took the test or staff who may read it; the test page until it is submitted. */
    @GetMapping("/attempts/{id}/result")
    String result(@PathVariable UUID id, Locale locale, Model model) {
        if (!CurrentUser.get().has(Permission.TESTS_TAKE)) {
            PageAccess.require(Permission.TESTS_MANAGE);
        }
        Optional<AttemptResult> result = results.of(new AttemptId(id));
        if (result.isEmpty()) {
            // Not submitted yet: back to the test, for the learner whose attempt it is (404 for anyone else).
            if (!CurrentUser.get().has(Permission.TESTS_TAKE)) {
                throw ApiException.notFound("attempt-not-found", "There is no such attempt.");
            }
            attempts.state(new AttemptId(id));
            return "redirect:/attempts/" + id;
        }
        ResultPageView view = ResultPageView.of(result.get());
        model.addAttribute("view", view);
        model.addAttribute("chartsJson", safeJson(view.charts()));
        model.addAttribute("times", new LearnerTimes(locale));
        return "assessment/attempt/result";
    }

    private String safeJson(Object value) {
        return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
