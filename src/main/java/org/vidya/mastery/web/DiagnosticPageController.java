package org.vidya.mastery.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vidya.mastery.session.DiagnosticService;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.json.JsonMapper;

/**
 * The diagnostic in the browser: choose a subject, answer one item at a time, see the result.
 * The item page is a shell: mastery-session.js reads the state and sends answers through the
 * routes below {@code /mastery/diagnostic/{id}/}, which take the browser session (with its CSRF
 * token) and the REST API's bodies, and call the same service.
 */
@Controller
class DiagnosticPageController {

    /** What the item page's script says, with the item renderers' own words. */
    static final List<String> SCRIPT_KEYS = List.of("session.loadingHeading", "session.next",
            "session.right", "session.partly", "session.wrong", "session.chooseFirst", "session.failed",
            "session.progress.diagnostic", "session.progress.review", "session.precision", "session.unknownType",
            "attempt.item.selectAll", "attempt.item.choose", "attempt.item.gap", "attempt.item.maxWords",
            "attempt.item.minWords", "attempt.item.moveDown", "attempt.item.moveUp", "attempt.item.movedTo",
            "attempt.item.noUnit", "attempt.item.unit", "attempt.item.words", "attempt.item.yourAnswer",
            "attempt.case.locked", "attempt.case.next", "attempt.case.nextHint", "attempt.case.stage");

    private final DiagnosticService diagnostics;
    private final MessageSource messages;
    private final JsonMapper json;

    DiagnosticPageController(DiagnosticService diagnostics, MessageSource messages, JsonMapper json) {
        this.diagnostics = diagnostics;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/mastery/diagnostic")
    String choose(Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        model.addAttribute("subjects", diagnostics.subjects());
        model.addAttribute("diagnostics", diagnostics.mine());
        return "mastery/session/diagnostic-start";
    }

    @PostMapping("/mastery/diagnostic")
    String start(@RequestParam(name = "subject", defaultValue = "") String subject, Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        try {
            return "redirect:/mastery/diagnostic/" + diagnostics.start(subject).value().id();
        } catch (ApiException e) {
            model.addAttribute("error", "diagnostic.error." + e.code());
            return choose(model);
        }
    }

    @GetMapping("/mastery/diagnostic/{id}")
    String session(@PathVariable UUID id, Model model, Locale locale) {
        PageAccess.require(Permission.MASTERY_LEARN);
        SessionState state = diagnostics.get(id);
        model.addAttribute("state", state);
        if (state.finished()) {
            return "mastery/session/diagnostic-result";
        }
        model.addAttribute("kind", "diagnostic");
        model.addAttribute("base", "/mastery/diagnostic/" + id);
        model.addAttribute("messagesJson", scriptMessages(messages, json, locale));
        return "mastery/session/session";
    }

    @GetMapping(path = "/mastery/diagnostic/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    SessionState state(@PathVariable UUID id) {
        return diagnostics.get(id);
    }

    @PostMapping(path = "/mastery/diagnostic/{id}/answers", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    AnswerReply answer(@PathVariable UUID id, @Valid @RequestBody DiagnosticRestController.AnswerBody body) {
        return diagnostics.answer(id, body.item(), body.response(), body.sequence());
    }

    /** The script's words in the page's language, as JSON safe to put inside a script element. */
    static String scriptMessages(MessageSource messages, JsonMapper json, Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : SCRIPT_KEYS) {
            texts.put(key, messages.getMessage(key, null, key, locale));
        }
        return json.writeValueAsString(texts).replace("<", "\\u003c");
    }
}
