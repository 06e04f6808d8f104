package org.vidya.coursework.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.coursework.AssignmentId;
import org.vidya.coursework.SubmissionId;
import org.vidya.coursework.domain.AssignmentService;
import org.vidya.coursework.domain.FileTypes;
import org.vidya.coursework.domain.SubmissionContent;
import org.vidya.coursework.domain.SubmissionService;
import org.vidya.coursework.domain.SubmissionType;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.text.Markdown;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The learner's pages: every assignment of their courses with where they stand, and one
 * assignment with its instructions, their work, the hand-in forms and, once released, the grade.
 */
@Controller
class AssignmentPageController {

    private final AssignmentService assignments;
    private final SubmissionService submissions;

    AssignmentPageController(AssignmentService assignments, SubmissionService submissions) {
        this.assignments = assignments;
        this.submissions = submissions;
    }

    @GetMapping("/assignments")
    String list(Locale locale, Model model) {
        PageAccess.require(Permission.COURSES_LEARN);
        model.addAttribute("items", assignments.mine());
        model.addAttribute("times", new Times(locale));
        return "coursework/assignments";
    }

    @GetMapping("/assignments/{id}")
    String show(@PathVariable UUID id, Locale locale, Model model) {
        return render(id, locale, model, FormErrors.NONE, null, null);
    }

    /** Text, a link or a video link; the form's key makes a second click hand in nothing twice. */
    @PostMapping("/assignments/{id}/submission")
    String handIn(@PathVariable UUID id, @RequestParam(required = false) @Nullable SubmissionType type,
            @RequestParam(required = false) @Nullable String text, @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String idempotencyKey, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (type == null || type == SubmissionType.FILE) {
                throw ApiException.invalid("type", "required", "choose what to hand in");
            }
            SubmissionContent content = type == SubmissionType.TEXT
                    ? new SubmissionContent.Text(text == null ? "" : text)
                    : new SubmissionContent.Link(type, url == null ? "" : url.strip());
            submissions.submit(new AssignmentId(id), content, blankToNull(idempotencyKey));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.handedIn"));
            return "redirect:/assignments/" + id;
        } catch (ApiException e) {
            return failed(id, e, locale, model, response, type, type == SubmissionType.TEXT ? text : url);
        }
    }

    @PostMapping("/assignments/{id}/submission/file")
    String handInFile(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String idempotencyKey, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            // A form sent without choosing a file carries an empty, nameless part.
            SubmissionService.Upload upload = file == null || (file.isEmpty() && name.isBlank()) ? null
                    : new SubmissionService.Upload(name, file.getSize(), file);
            submissions.submitFile(new AssignmentId(id), upload, blankToNull(idempotencyKey));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("coursework.notice.handedIn"));
            return "redirect:/assignments/" + id;
        } catch (ApiException e) {
            return failed(id, e, locale, model, response, SubmissionType.FILE, null);
        }
    }

    /** A submitted file, for its learner or staff, as an attachment. */
    @GetMapping("/submissions/{id}/file")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id) throws IOException {
        return Downloads.attachment(submissions.download(new SubmissionId(id)));
    }

    private String failed(UUID id, ApiException e, Locale locale, Model model, HttpServletResponse response,
            @Nullable SubmissionType type, @Nullable String value) {
        if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.status().value());
        return render(id, locale, model, FormErrors.of(e, "rubric."), type, value);
    }

    private String render(UUID id, Locale locale, Model model, FormErrors errors, @Nullable SubmissionType tried,
            @Nullable String triedValue) {
        PageAccess.require(Permission.COURSES_LEARN);
        SubmissionService.LearnerSubmission mine = submissions.mine(new AssignmentId(id));
        AssignmentService.AssignmentView assignment = assignments.get(new AssignmentId(id));
        model.addAttribute("assignment", assignment);
        model.addAttribute("instructionsHtml", Markdown.render(assignment.instructions()));
        model.addAttribute("mine", mine);
        model.addAttribute("submission", mine.submission());
        model.addAttribute("times", new Times(locale));
        model.addAttribute("errors", errors);
        model.addAttribute("tried", tried);
        model.addAttribute("triedValue", triedValue);
        model.addAttribute("accept", FileTypes.ACCEPTED);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "coursework/assignment";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
