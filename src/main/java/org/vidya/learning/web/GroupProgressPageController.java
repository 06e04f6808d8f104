package org.vidya.learning.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.learning.domain.AssignmentService;
import org.vidya.learning.domain.AssignmentView;
import org.vidya.learning.domain.GroupProgress;
import org.vidya.organization.ClassId;
import org.vidya.organization.TeamId;
import org.vidya.platform.ApiException;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;

/**
 * A teacher's class and a manager's team: give the group a course with a due date, and follow
 * each learner's progress, overdue learners first.
 */
@Controller
class GroupProgressPageController {

    /** What the assignment form holds: the chosen course and the due date as typed. */
    record AssignForm(String courseId, String dueDate) {
        static final AssignForm EMPTY = new AssignForm("", "");
    }

    private final AssignmentService assignments;
    private final CatalogManagement catalog;

    GroupProgressPageController(AssignmentService assignments, CatalogManagement catalog) {
        this.assignments = assignments;
        this.catalog = catalog;
    }

    @GetMapping("/learning/classes/{classId}")
    String classProgress(@PathVariable UUID classId, Locale locale, Model model) {
        return render("class", assignments.classProgress(new ClassId(classId), locale), locale, model,
                AssignForm.EMPTY, FormErrors.NONE);
    }

    @GetMapping("/learning/teams/{teamId}")
    String teamProgress(@PathVariable UUID teamId, Locale locale, Model model) {
        return render("team", assignments.teamProgress(new TeamId(teamId), locale), locale, model,
                AssignForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/learning/classes/{classId}/assignments")
    String assignToClass(@PathVariable UUID classId, @RequestParam(required = false) @Nullable String courseId,
            @RequestParam(required = false) @Nullable String dueDate, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AssignForm form = new AssignForm(courseId == null ? "" : courseId, dueDate == null ? "" : dueDate);
        try {
            AssignmentService.AssignmentResult result = assignments.assignToClass(new ClassId(classId),
                    new CourseId(uuid(courseId)), Dates.requiredEndOfDay(dueDate, "dueAt"), locale);
            notice(redirect, result);
            return "redirect:/learning/classes/" + classId;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND && e.errors().isEmpty() && !"course-not-found".equals(e.code())) {
                throw e;
            }
            response.setStatus(e.status().value());
            return render("class", assignments.classProgress(new ClassId(classId), locale), locale, model, form,
                    FormErrors.of(e));
        }
    }

    @PostMapping("/learning/teams/{teamId}/assignments")
    String assignToTeam(@PathVariable UUID teamId, @RequestParam(required = false) @Nullable String courseId,
            @RequestParam(required = false) @Nullable String dueDate, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AssignForm form = new AssignForm(courseId == null ? "" : courseId, dueDate == null ? "" : dueDate);
        try {
            AssignmentService.AssignmentResult result = assignments.assignToTeam(new TeamId(teamId),
                    new CourseId(uuid(courseId)), Dates.requiredEndOfDay(dueDate, "dueAt"), locale);
            notice(redirect, result);
            return "redirect:/learning/teams/" + teamId;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND && e.errors().isEmpty() && !"course-not-found".equals(e.code())) {
                throw e;
            }
            response.setStatus(e.status().value());
            return render("team", assignments.teamProgress(new TeamId(teamId), locale), locale, model, form,
                    FormErrors.of(e));
        }
    }

    @PostMapping("/learning/assignments/{id}/sync")
    String sync(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        AssignmentService.AssignmentResult result = assignments.sync(id, locale);
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.synced",
                String.valueOf(result.newlyEnrolled())));
        return "redirect:" + groupPage(result.assignment());
    }

    private static void notice(RedirectAttributes redirect, AssignmentService.AssignmentResult result) {
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.assigned",
                String.valueOf(result.newlyEnrolled())));
    }

    static String groupPage(AssignmentView a) {
        return a.classId() != null ? "/learning/classes/" + a.classId() : "/learning/teams/" + a.teamId();
    }

    private String render(String kind, GroupProgress progress, Locale locale, Model model, AssignForm form,
            FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("group", progress);
        model.addAttribute("courses", catalog.browse(CatalogQuery.all(), locale));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "learning/group-progress";
    }

    private static UUID uuid(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid("courseId", "required", "is required");
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("courseId", "wrong-type", "is not a course");
        }
    }
}
