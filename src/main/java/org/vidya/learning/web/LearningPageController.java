package org.vidya.learning.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.learning.EnrollmentId;
import org.vidya.learning.domain.CoursePageView;
import org.vidya.learning.domain.EnrollmentService;
import org.vidya.learning.domain.EnrollmentView;
import org.vidya.learning.domain.LessonPageView;
import org.vidya.learning.domain.ProgressEvent;
import org.vidya.learning.domain.ProgressRecorder;
import org.vidya.learning.domain.ProgressService;
import org.vidya.learning.domain.AssignmentService;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;

/**
 * The learner's pages: a course with its modules and lessons, the immersive lesson view, and
 * "My learning" with assigned, ongoing and completed courses.
 */
@Controller
class LearningPageController {

    private final ProgressService progress;
    private final EnrollmentService enrollments;
    private final AssignmentService assignments;

    LearningPageController(ProgressService progress, EnrollmentService enrollments, AssignmentService assignments) {
        this.progress = progress;
        this.enrollments = enrollments;
        this.assignments = assignments;
    }

    // ---- the course page

    @GetMapping("/courses/{id}")
    String course(@PathVariable UUID id, Locale locale, Model model) {
        return renderCourse(id, locale, model, FormErrors.NONE);
    }

    @PostMapping("/courses/{id}/enroll")
    String enroll(@PathVariable UUID id, @RequestParam(required = false) @Nullable String key, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            EnrollmentService.EnrollResult result = enrollments.enrollSelf(new CourseId(id), key, locale);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(result.created() ? "learning.notice.enrolled"
                    : "learning.notice.alreadyEnrolled", result.enrollment().courseTitle()));
            return "redirect:/courses/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderCourse(id, locale, model, FormErrors.of(e));
        }
    }

    private String renderCourse(UUID id, Locale locale, Model model, FormErrors errors) {
        CoursePageView view = progress.coursePage(new CourseId(id), locale);
        model.addAttribute("page", view);
        model.addAttribute("course", view.course());
        model.addAttribute("canLearn", CurrentUser.get().has(Permission.COURSES_LEARN));
        model.addAttribute("errors", errors);
        return "learning/course";
    }

    // ---- the lesson view

    @GetMapping("/courses/{id}/lessons/{lessonId}")
    String lesson(@PathVariable UUID id, @PathVariable UUID lessonId, Locale locale, Model model,
            RedirectAttributes redirect) {
        LessonPageView view;
        try {
            view = progress.openLesson(new CourseId(id), new LessonId(lessonId), locale);
        } catch (ApiException e) {
            if (!"not-enrolled".equals(e.code())) {
                throw e;
            }
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.enrollFirst"));
            return "redirect:/courses/" + id;
        }
        model.addAttribute("view", view);
        model.addAttribute("lesson", view.content().lesson());
        model.addAttribute("course", view.content().course().summary());
        return "learning/lesson";
    }

    @PostMapping("/courses/{id}/lessons/{lessonId}/complete")
    String complete(@PathVariable UUID id, @PathVariable UUID lessonId, Locale locale, RedirectAttributes redirect) {
        ProgressRecorder.Recorded r = progress.record(new CourseId(id), new LessonId(lessonId), ProgressEvent.COMPLETE,
                0, locale);
        if (r.courseCompletedNow()) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.courseCompleted",
                    r.outline().summary().title()));
            return "redirect:/courses/" + id;
        }
        if (r.moduleCompletedNow()) {
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.moduleCompleted",
                    r.outline().module(r.lesson().module()).map(m -> m.title()).orElse("")));
        }
        return r.outline().next(new LessonId(lessonId))
                .map(next -> "redirect:/courses/" + id + "/lessons/" + next.id())
                .orElse("redirect:/courses/" + id);
    }

    /** Heartbeats and starts sent by the lesson page's script (completion goes through the form). */
    @PostMapping("/courses/{id}/lessons/{lessonId}/progress")
    ResponseEntity<Void> heartbeat(@PathVariable UUID id, @PathVariable UUID lessonId,
            @RequestParam(defaultValue = "heartbeat") String event,
            @RequestParam(defaultValue = "0") int seconds, Locale locale) {
        ProgressEvent parsed = ProgressEvent.parse(event);
        if (parsed == ProgressEvent.COMPLETE) {
            throw ApiException.invalid("event", "unknown-event", "must be start or heartbeat");
        }
        if (seconds < 0 || seconds > 3600) {
            throw ApiException.invalid("seconds", "out-of-range", "must be between 0 and 3600");
        }
        progress.record(new CourseId(id), new LessonId(lessonId), parsed, seconds, locale);
        return ResponseEntity.noContent().build();
    }

    // ---- My learning

    @GetMapping("/learning")
    String myLearning(Locale locale, Model model) {
        var me = CurrentUser.get();
        if (!me.has(Permission.COURSES_LEARN) && !me.has(Permission.COURSES_ASSIGN)) {
            throw new org.springframework.security.access.AccessDeniedException("Missing permission COURSES_LEARN");
        }
        List<EnrollmentView> all = me.has(Permission.COURSES_LEARN) ? enrollments.allMine(locale) : List.of();
        model.addAttribute("assigned", all.stream().filter(e -> e.assigned() && !e.completed()).toList());
        model.addAttribute("ongoing", all.stream().filter(e -> !e.assigned() && !e.completed()).toList());
        model.addAttribute("completed", all.stream().filter(EnrollmentView::completed).toList());
        boolean assigns = me.has(Permission.COURSES_ASSIGN);
        model.addAttribute("classes", assigns ? assignments.myClasses() : List.of());
        model.addAttribute("teams", assigns ? assignments.myTeams() : List.of());
        model.addAttribute("dates", new DateInputs());
        return "learning/my-learning";
    }

    @PostMapping("/learning/enrollments/{id}/deadline")
    String setTarget(@PathVariable UUID id, @RequestParam(required = false) @Nullable String targetDate,
            Locale locale, RedirectAttributes redirect) {
        try {
            EnrollmentView saved = enrollments.setTarget(new EnrollmentId(id), Dates.endOfDay(targetDate, "targetAt"),
                    locale);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(saved.targetAt() == null
                    ? "learning.notice.targetCleared" : "learning.notice.targetSet", saved.courseTitle()));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute(Notice.FAILURE, Notice.of(failureKey(e)));
        }
        return "redirect:/learning";
    }

    @PostMapping("/learning/enrollments/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            enrollments.withdraw(new EnrollmentId(id));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("learning.notice.withdrawn"));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute(Notice.FAILURE, Notice.of(failureKey(e)));
        }
        return "redirect:/learning";
    }

    /** The message key that explains a refused action: by field code when a field was wrong. */
    static String failureKey(ApiException e) {
        String code = e.errors().isEmpty() ? e.code() : e.errors().get(0).code();
        return "learning.error." + code;
    }

    /** Formats instants for date inputs in templates. */
    static final class DateInputs {
        public String of(java.time.@Nullable Instant instant) {
            return Dates.input(instant);
        }
    }
}
