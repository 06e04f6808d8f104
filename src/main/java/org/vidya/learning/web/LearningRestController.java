package org.vidya.learning.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.learning.EnrollmentId;
import org.vidya.learning.domain.AssignmentService;
import org.vidya.learning.domain.AssignmentView;
import org.vidya.learning.domain.EnrollmentService;
import org.vidya.learning.domain.EnrollmentView;
import org.vidya.learning.domain.GroupProgress;
import org.vidya.learning.domain.ModuleState;
import org.vidya.learning.domain.ProgressEvent;
import org.vidya.learning.domain.ProgressRecorder;
import org.vidya.learning.domain.ProgressService;
import org.vidya.organization.ClassId;
import org.vidya.organization.TeamId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Enrollments, lesson progress, course assignments to classes and teams, and their progress. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Learning")
class LearningRestController {

    private final EnrollmentService enrollments;
    private final ProgressService progress;
    private final AssignmentService assignments;

    LearningRestController(EnrollmentService enrollments, ProgressService progress, AssignmentService assignments) {
        this.enrollments = enrollments;
        this.progress = progress;
        this.assignments = assignments;
    }

    // ---- requests and responses

    record EnrollBody(@Nullable @Size(max = EnrollmentService.MAX_KEY_LENGTH) String key) {
    }

    record DeadlineBody(@Nullable Instant targetAt) {
    }

    record ProgressBody(@NotBlank @Size(max = 16) String event, @Nullable @Min(0) @Max(3600) Integer seconds) {
    }

    record AssignmentBody(@Nullable UUID classId, @Nullable UUID teamId, @NotNull UUID courseId,
            @NotNull Instant dueAt) {
    }

    record GrantBody(@NotNull UUID userId) {
    }

    /** An enrollment with the learner's progress in the current published version of the course. */
    record EnrollmentResponse(UUID id, UUID courseId, @Nullable String courseTitle, String source,
            String deadlineStyle, @Nullable Instant deadline, @Nullable Instant dueAt, @Nullable Instant targetAt,
            boolean overdue, boolean canSetDeadline, String status, Instant enrolledAt, @Nullable Instant completedAt,
            int percent, int completedLessons, int lessons, @Nullable UUID lastLessonId,
            @Nullable Instant lastActivityAt, @Nullable UUID continueLessonId) {

        static EnrollmentResponse of(EnrollmentView v) {
            return new EnrollmentResponse(v.id(), v.courseId(), v.courseTitle(), v.source().name(),
                    v.deadlineStyle().name(), v.deadline(), v.dueAt(), v.targetAt(), v.overdue(), v.canSetDeadline(),
                    v.status().name(), v.enrolledAt(), v.completedAt(), v.percent(), v.completedLessons(), v.lessons(),
                    v.lastLessonId(), v.lastActivityAt(), v.continueLessonId());
        }
    }

    record LessonProgressResponse(UUID id, String title, String kind, int estimatedMinutes, boolean started,
            boolean completed, int secondsSpent) {
    }

    record ModuleProgressResponse(UUID id, String title, boolean completed, List<LessonProgressResponse> lessons) {

        static ModuleProgressResponse of(ModuleState m) {
            return new ModuleProgressResponse(m.module().id().value(), m.module().title(), m.completed(),
                    m.lessons().stream().map(l -> new LessonProgressResponse(l.lesson().id().value(),
                            l.lesson().title(), l.lesson().kind().name(), l.lesson().estimatedMinutes(), l.started(),
                            l.completed(), l.secondsSpent())).toList());
        }
    }

    record EnrollmentDetailResponse(EnrollmentResponse enrollment, List<ModuleProgressResponse> modules) {
    }

    record ProgressResponse(UUID lessonId, boolean lessonCompleted, boolean lessonCompletedNow,
            boolean moduleCompletedNow, boolean courseCompletedNow, int percent, int completedLessons, int lessons,
            @Nullable UUID nextLessonId) {
    }

    record AssignmentResponse(AssignmentView assignment, int newlyEnrolled) {
    }

    // ---- enrollments

    @PostMapping("/courses/{id}/enrollments")
    @Operation(summary = "Enroll yourself in a published course (with its key when it has one)")
    ResponseEntity<EnrollmentResponse> enroll(@PathVariable UUID id, @Valid @RequestBody(required = false)
            @Nullable EnrollBody body, Locale locale) {
        EnrollmentService.EnrollResult result = enrollments.enrollSelf(new CourseId(id),
                body == null ? null : body.key(), locale);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EnrollmentResponse.of(result.enrollment()));
    }

    @GetMapping("/enrollments")
    @Operation(summary = "Your active enrollments with progress, oldest first")
    CursorPage<EnrollmentResponse> mine(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Locale locale) {
        CursorPage<EnrollmentView> page = enrollments.mine(cursor, limit, locale);
        return new CursorPage<>(page.items().stream().map(EnrollmentResponse::of).toList(), page.nextCursor());
    }

    @GetMapping("/enrollments/{id}")
    @Operation(summary = "One of your enrollments with your progress in every module and lesson")
    EnrollmentDetailResponse enrollment(@PathVariable UUID id, Locale locale) {
        EnrollmentService.EnrollmentDetail detail = enrollments.detail(new EnrollmentId(id), locale);
        return new EnrollmentDetailResponse(EnrollmentResponse.of(detail.enrollment()),
                detail.modules().stream().map(ModuleProgressResponse::of).toList());
    }

    @DeleteMapping("/enrollments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw from a course you chose (progress is kept)")
    void withdraw(@PathVariable UUID id) {
        enrollments.withdraw(new EnrollmentId(id));
    }

    @PutMapping("/enrollments/{id}/deadline")
    @Operation(summary = "Set or clear your own target date (self-set deadlines only)")
    EnrollmentResponse deadline(@PathVariable UUID id, @Valid @RequestBody DeadlineBody body, Locale locale) {
        return EnrollmentResponse.of(enrollments.setTarget(new EnrollmentId(id), body.targetAt(), locale));
    }

    @PostMapping("/courses/{id}/grants")
    @Operation(summary = "Give a member a course without its key, e.g. a paid one (admins)")
    ResponseEntity<EnrollmentResponse> grant(@PathVariable UUID id, @Valid @RequestBody GrantBody body,
            Locale locale) {
        EnrollmentService.EnrollResult result = enrollments.grant(new CourseId(id), new UserId(body.userId()), locale);
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(EnrollmentResponse.of(result.enrollment()));
    }

    // ---- progress

    @PostMapping("/courses/{id}/lessons/{lessonId}/progress")
    @Operation(summary = "Report a lesson started, time on it (heartbeat, seconds) or completed")
    ProgressResponse progress(@PathVariable UUID id, @PathVariable UUID lessonId, @Valid @RequestBody ProgressBody body,
            Locale locale) {
        ProgressRecorder.Recorded r = progress.record(new CourseId(id), new LessonId(lessonId),
                ProgressEvent.parse(body.event()), body.seconds() == null ? 0 : body.seconds(), locale);
        var p = r.progress();
        return new ProgressResponse(lessonId, r.completed().contains(new LessonId(lessonId)), r.lessonCompletedNow(),
                r.moduleCompletedNow(), r.courseCompletedNow(), p.percent(), p.completed(), p.lessons(),
                r.outline().next(new LessonId(lessonId)).map(l -> l.id().value()).orElse(null));
    }

    // ---- course assignments

    @PostMapping("/course-assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give a course to a class (its teacher) or a team (its manager) with a due date")
    AssignmentResponse assign(@Valid @RequestBody AssignmentBody body, Locale locale) {
        if ((body.classId() == null) == (body.teamId() == null)) {
            throw ApiException.invalid(List.of(
                    new FieldViolation("classId", "one-group", "give either classId or teamId"),
                    new FieldViolation("teamId", "one-group", "give either classId or teamId")));
        }
        AssignmentService.AssignmentResult result = body.classId() != null
                ? assignments.assignToClass(new ClassId(body.classId()), new CourseId(body.courseId()), body.dueAt(),
                        locale)
                : assignments.assignToTeam(new TeamId(body.teamId()), new CourseId(body.courseId()), body.dueAt(),
                        locale);
        return new AssignmentResponse(result.assignment(), result.newlyEnrolled());
    }

    @GetMapping("/course-assignments")
    @Operation(summary = "Course assignments of the classes and teams you may manage")
    CursorPage<AssignmentView> assignments(@RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit, Locale locale) {
        return assignments.list(cursor, limit, locale);
    }

    @PostMapping("/course-assignments/{id}/sync")
    @Operation(summary = "Enroll learners who joined the class or team after the course was given")
    AssignmentResponse sync(@PathVariable UUID id, Locale locale) {
        AssignmentService.AssignmentResult result = assignments.sync(id, locale);
        return new AssignmentResponse(result.assignment(), result.newlyEnrolled());
    }

    @GetMapping("/classes/{id}/progress")
    @Operation(summary = "Each learner's progress in the courses given to a class (audited)")
    GroupProgress classProgress(@PathVariable UUID id, Locale locale) {
        return assignments.classProgress(new ClassId(id), locale);
    }

    @GetMapping("/teams/{id}/progress")
    @Operation(summary = "Each member's progress in the courses given to a team, overdue first (audited)")
    GroupProgress teamProgress(@PathVariable UUID id, Locale locale) {
        return assignments.teamProgress(new TeamId(id), locale);
    }
}
