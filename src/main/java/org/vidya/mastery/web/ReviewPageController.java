package org.vidya.mastery.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vidya.mastery.session.ReviewService;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.ReviewStart;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.json.JsonMapper;

/**
 * Review in the browser: start a review of what is due (or, with nothing due, see weak spots),
 * then item, check, feedback with the explanation, next. Same shell and script as the diagnostic.
 */
@Controller
class ReviewPageController {

    private final ReviewService reviews;
    private final MessageSource messages;
    private final JsonMapper json;

    ReviewPageController(ReviewService reviews, MessageSource messages, JsonMapper json) {
        this.reviews = reviews;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/mastery/review")
    String intro() {
        PageAccess.require(Permission.MASTERY_LEARN);
        return "mastery/session/review-start";
    }

    @PostMapping("/mastery/review")
    String start(Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        ReviewStart start = reviews.start().value();
        if (start.session() != null) {
            return "redirect:/mastery/review/" + start.session().id();
        }
        model.addAttribute("start", start);
        return "mastery/session/review-start";
    }

    @GetMapping("/mastery/review/{id}")
    String session(@PathVariable UUID id, Model model, Locale locale) {
        PageAccess.require(Permission.MASTERY_LEARN);
        SessionState state = reviews.get(id);
        model.addAttribute("state", state);
        if (state.finished()) {
            return "mastery/session/review-result";
        }
        model.addAttribute("kind", "review");
        model.addAttribute("base", "/mastery/review/" + id);
        model.addAttribute("messagesJson", DiagnosticPageController.scriptMessages(messages, json, locale));
        return "mastery/session/session";
    }

    @GetMapping(path = "/mastery/review/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SessionState state(@PathVariable UUID id) {
        return reviews.get(id);
    }

    @PostMapping(path = "/mastery/review/{id}/answers", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    AnswerReply answer(@PathVariable UUID id, @Valid @RequestBody ReviewRestController.AnswerBody body) {
        return reviews.answer(id, body.item(), body.response(), body.sequence());
    }
}
