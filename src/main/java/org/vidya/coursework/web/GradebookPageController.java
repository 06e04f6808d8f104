package org.vidya.coursework.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CourseId;
import org.vidya.coursework.AssignmentId;
import org.vidya.coursework.SubmissionId;
import org.vidya.coursework.domain.AssignmentService;
import org.vidya.coursework.domain.AssignmentService.AssignmentView;
import org.vidya.coursework.domain.GradingService;
import org.vidya.coursework.domain.SubmissionService;
import org.vidya.coursework.domain.SubmissionViews.SubmissionView;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.text.Markdown;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The teacher's gradebook: courses with their assignments, the assignment form with its rubric
 * editor, an assignment's roster, and one submission with the grading form.
 */
@Controller
@RequestMapping("/gradebook")
class GradebookPageController {

    private final AssignmentService assignments;
    private final SubmissionService submissions;
    private final GradingService grading;
    private final Clock clock;

    GradebookPageController(AssignmentService assignments, SubmissionService submissions, GradingService grading,
            Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.clock = clock;
    }

    @ModelAttribute
    void allowed(Locale locale, Model model) {
        PageAccess.require(Permission.COURSEWORK_MANAGE);
        model.addAttribute("times", new Times(locale));
    }

    @GetMapping
    String gradebook(Model model) {
        model.addAttribute("courses", assignments.gradebook());
        return "coursework/gradebook";
    }

    // ---- creating and editing

    @GetMapping("/courses/{courseId}/assignments/new")
    String newAssignment(@PathVariable UUID courseId, Locale locale, Model model) {
        return renderForm(model, courseId, null, AssignmentForm.blank(new Times(locale), clock.instant()),
                FormErrors.NONE);
    }

    @PostMapping("/courses/{courseId}/assignments")
    String create(@PathVariable UUID courseId, @ModelAttribute("form") AssignmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AssignmentView created = assignments.create(new CourseId(courseId), form.spec());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.created", created.title()));
            return "redirect:/gradebook/assignments/" + created.id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderForm(model, courseId, null, form.withBlankRows(), FormErrors.of(e, "rubric."));
        }
    }

    @GetMapping("/assignments/{id}/edit")
    String edit(@PathVariable UUID id, Locale locale, Model model) {
        AssignmentView assignment = assignments.forStaff(new AssignmentId(id));
        return renderForm(model, assignment.courseId(), assignment, AssignmentForm.of(assignment, new Times(locale)),
                FormErrors.NONE);
    }

    @PostMapping("/assignments/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") AssignmentForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AssignmentView current = assignments.forStaff(new AssignmentId(id));
        try {
            AssignmentView saved = assignments.update(new AssignmentId(id), form.spec());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.saved", saved.title()));
            return "redirect:/gradebook/assignments/" + id;
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderForm(model, current.courseId(), current, form.withBlankRows(), FormErrors.of(e, "rubric."));
        }
    }

    @PostMapping("/assignments/{id}/delete")
    String delete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssignmentView assignment = assignments.forStaff(new AssignmentId(id));
        try {
            assignments.delete(new AssignmentId(id));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.deleted", assignment.title()));
            return "redirect:/gradebook";
        } catch (ApiException e) {
            response.setStatus(e.status().value());
            return renderRoster(model, id, FormErrors.of(e, "rubric."));
        }
    }

    // ---- roster and release

    @GetMapping("/assignments/{id}")
    String roster(@PathVariable UUID id, Model model) {
        return renderRoster(model, id, FormErrors.NONE);
    }

    @PostMapping("/assignments/{id}/releases")
    String releaseAll(@PathVariable UUID id, RedirectAttributes redirect) {
        int released = grading.releaseAll(new AssignmentId(id)).released();
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.releasedAll", String.valueOf(released)));
        return "redirect:/gradebook/assignments/" + id;
    }

    // ---- one submission

    @GetMapping("/submissions/{id}")
    String submission(@PathVariable UUID id, Model model) {
        return renderSubmission(model, submissions.read(new SubmissionId(id)), null, FormErrors.NONE);
    }

    @PostMapping("/submissions/{id}/grade")
    String grade(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        GradeInput input = null;
        try {
            input = GradeInput.from(params);
            grading.grade(new SubmissionId(id), input.command());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.graded"));
            return "redirect:/gradebook/submissions/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderSubmission(model, submissions.read(new SubmissionId(id)), input, FormErrors.of(e, "rubric."));
        }
    }

    @PostMapping("/submissions/{id}/release")
    String release(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            grading.release(new SubmissionId(id));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.released"));
            return "redirect:/gradebook/submissions/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderSubmission(model, submissions.read(new SubmissionId(id)), null, FormErrors.of(e, "rubric."));
        }
    }

    // ---- rendering

    private String renderForm(Model model, UUID courseId, @Nullable AssignmentView assignment, AssignmentForm form,
            FormErrors errors) {
        model.addAttribute("courseId", courseId);
        model.addAttribute("courseTitle", assignment != null && assignment.courseTitle() != null
                ? assignment.courseTitle() : assignments.courseTitle(new CourseId(courseId)));
        model.addAttribute("assignment", assignment);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "coursework/assignment-form";
    }

    private String renderRoster(Model model, UUID id, FormErrors errors) {
        SubmissionService.Roster roster = submissions.roster(new AssignmentId(id));
        model.addAttribute("roster", roster);
        model.addAttribute("assignment", roster.assignment());
        model.addAttribute("instructionsHtml", Markdown.render(roster.assignment().instructions()));
        model.addAttribute("errors", errors);
        return "coursework/roster";
    }

    private String renderSubmission(Model model, SubmissionView submission, @Nullable GradeInput input,
            FormErrors errors) {
        AssignmentView assignment = assignments.forStaff(new AssignmentId(submission.assignmentId()));
        model.addAttribute("submission", submission);
        model.addAttribute("assignment", assignment);
        model.addAttribute("input", input != null ? input : GradeInput.of(submission));
        model.addAttribute("errors", errors);
        return "coursework/submission";
    }

    /** The grading form as sent: {@code level-<criterion id>} radios, or {@code points}, and {@code feedback}. */
    record GradeInput(Map<UUID, UUID> levels, String points, String feedback) {

        static GradeInput from(Map<String, String> params) {
            Map<UUID, UUID> levels = new LinkedHashMap<>();
            params.forEach((name, value) -> {
                if (name.startsWith("level-") && levels.size() < 20) {
                    try {
                        levels.put(UUID.fromString(name.substring(6)), UUID.fromString(value));
                    } catch (IllegalArgumentException e) {
                        throw ApiException.invalid("levels", "wrong-type", "is not a level of this rubric");
                    }
                }
            });
            return new GradeInput(levels, params.getOrDefault("points", ""), params.getOrDefault("feedback", ""));
        }

        static GradeInput of(SubmissionView submission) {
            var draft = submission.draftGrade();
            if (draft == null) {
                return new GradeInput(Map.of(), "", "");
            }
            Map<UUID, UUID> levels = new LinkedHashMap<>();
            draft.criteria().forEach(c -> levels.put(c.criterionId(), c.levelId()));
            return new GradeInput(levels, draft.points().stripTrailingZeros().toPlainString(),
                    draft.feedback() == null ? "" : draft.feedback());
        }

        GradingService.GradeCommand command() {
            java.math.BigDecimal parsed = null;
            if (levels.isEmpty()) {
                try {
                    parsed = points.isBlank() ? null : new java.math.BigDecimal(points.strip());
                } catch (NumberFormatException e) {
                    throw ApiException.invalid("points", "wrong-number", "is not a number");
                }
            }
            return new GradingService.GradeCommand(parsed, levels.isEmpty() ? null : levels,
                    feedback.isBlank() ? null : feedback);
        }

        public boolean picked(UUID criterion, UUID level) {
            return level.equals(levels.get(criterion));
        }
    }
}
