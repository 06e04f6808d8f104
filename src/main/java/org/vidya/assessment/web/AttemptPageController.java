package org.vidya.assessment.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.Results;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.json.JsonMapper;

/**
 * The learner's test page and result page. The test page is a shell: its script loads the attempt
 * and its paper through the attempt's routes below {@code /attempts/{id}/} and keeps working offline.
 */
@Controller
class AttemptPageController {

    private final Results results;
    private final AttemptPageMessages messages;
    private final JsonMapper json;

    AttemptPageController(@Lazy Results results, AttemptPageMessages messages, JsonMapper json) {
        this.results = results;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/attempts/{id}")
    String test(@PathVariable UUID id, Locale locale, Model model) {
        PageAccess.require(Permission.TESTS_TAKE);
        model.addAttribute("attemptId", id.toString());
        model.addAttribute("messagesJson", messages.json(locale));
        return "assessment/attempt/test";
    }

    /** The result, for the learner who took the test or staff who may read it; the test page until it is submitted. */
    @GetMapping("/attempts/{id}/result")
    String result(@PathVariable UUID id, Locale locale, Model model) {
        if (!CurrentUser.get().has(Permission.TESTS_TAKE)) {
            PageAccess.require(Permission.TESTS_MANAGE);
        }
        Optional<AttemptResult> result = results.of(new AttemptId(id));
        if (result.isEmpty()) {
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
