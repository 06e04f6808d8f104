package org.vidya.mastery.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.mastery.WeeklyTests;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/** The weekly test button: assembles this week's test (or finds it) and opens it. */
@Controller
class WeeklyPageController {

    private final WeeklyTests weekly;

    WeeklyPageController(WeeklyTests weekly) {
        this.weekly = weekly;
    }

    @PostMapping("/mastery/weekly")
    String start(RedirectAttributes redirect) {
        PageAccess.require(Permission.MASTERY_LEARN);
        try {
            return "redirect:/attempts/" + weekly.thisWeek(CurrentUser.id()).attempt().value();
        } catch (ApiException e) {
            if (e.status() != HttpStatus.UNPROCESSABLE_CONTENT) {
                throw e;
            }
            // Too few items or no concepts yet: say so where the learner's tests are listed.
            redirect.addFlashAttribute(Notice.FAILURE, Notice.of("weekly.problem." + e.code(), e.getMessage()));
            return "redirect:/tests";
        }
    }
}
