package org.vidya.coursework.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.vidya.catalog.CourseId;
import org.vidya.coursework.AssignmentId;
import org.vidya.coursework.SubmissionId;
import org.vidya.coursework.domain.AssignmentService;
import org.vidya.coursework.domain.AssignmentService.AssignmentView;
import org.vidya.coursework.domain.AssignmentService.LearnerAssignment;
import org.vidya.coursework.domain.AssignmentSpec;
import org.vidya.coursework.domain.GradingService;
import org.vidya.coursework.domain.LatePolicy;
import org.vidya.coursework.domain.Rubric;
import org.vidya.coursework.domain.SubmissionContent;
import org.vidya.coursework.domain.SubmissionService;
import org.vidya.coursework.domain.SubmissionType;
import org.vidya.coursework.domain.SubmissionViews.SubmissionView;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.PlainText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Assignments, submissions, grading and grade release. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coursework")
class CourseworkRestController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final AssignmentService assignments;
    private final SubmissionService submissions;
    private final GradingService grading;

    CourseworkRestController(AssignmentService assignments, SubmissionService submissions, GradingService grading) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
    }

    // ---- request bodies

    /**
     * @param policy               ACCEPT (late work accepted, with the penalty and up to the cut-off) or REJECT
     * @param penaltyPercentPerDay percent of the maximum points off per started day late
     * @param cutoffAt             the last moment late work is accepted; none: no end
     */
    record LateRules(@NotNull LatePolicy policy,
            @Nullable @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal penaltyPercentPerDay,
            @Nullable Instant cutoffAt) {
    }

    record LevelBody(@NotNull @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal points,
            @NotBlank @Size(max = Rubric.MAX_DESCRIPTION) String description) {
    }

    record CriterionBody(@NotBlank @Size(max = Rubric.MAX_TITLE) @PlainText String title,
            @Nullable @Size(max = Rubric.MAX_DESCRIPTION) String description,
            @NotNull @Size(min = 1, max = Rubric.MAX_LEVELS) List<@Valid @NotNull LevelBody> levels) {
    }

    /** An empty list of criteria means "no rubric". */
    record RubricBody(@NotNull @Size(max = Rubric.MAX_CRITERIA) List<@Valid @NotNull CriterionBody> criteria) {
    }

    record NewAssignment(@NotBlank @Size(max = AssignmentService.MAX_TITLE) @PlainText String title,
            @Nullable @Size(max = AssignmentService.MAX_INSTRUCTIONS) String instructions,
            @NotEmpty @Size(max = 4) Set<@NotNull SubmissionType> submissionTypes,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            @Digits(integer = 4, fraction = 2) BigDecimal maxPoints,
            @NotNull Instant dueAt, @Nullable @Valid LateRules late, @Nullable @Valid RubricBody rubric,
            boolean published) {
    }

    /** Fields left out stay as they are; {@code late} and {@code rubric} are replaced whole. */
    record AssignmentChange(@Nullable @Size(min = 1, max = AssignmentService.MAX_TITLE) @PlainText String title,
            @Nullable @Size(max = AssignmentService.MAX_INSTRUCTIONS) String instructions,
            @Nullable @Size(min = 1, max = 4) Set<@NotNull SubmissionType> submissionTypes,
            @Nullable @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000")
            @Digits(integer = 4, fraction = 2) BigDecimal maxPoints,
            @Nullable Instant dueAt, @Nullable @Valid LateRules late, @Nullable @Valid RubricBody rubric,
            @Nullable Boolean published) {
    }

    /** Text ({@code text}), a link or a video link ({@code url}); files go to {@code .../submission/file}. */
    record HandIn(@NotNull SubmissionType type, @Nullable @Size(max = SubmissionService.MAX_TEXT) String text,
            @Nullable @Size(max = 2000) String url) {
    }

    /** With a rubric, {@code levels} maps every criterion id to the picked level id; without one, {@code points}. */
    record GradeBody(@Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal points,
            @Nullable @Size(max = Rubric.MAX_CRITERIA) Map<UUID, UUID> levels,
            @Nullable @Size(max = GradingService.MAX_FEEDBACK) String feedback) {
    }

    // ---- assignments

    @GetMapping("/courses/{courseId}/assignments")
    @Operation(summary = "A course's assignments: all for staff, the published ones for enrolled learners")
    CursorPage<AssignmentView> courseAssignments(@PathVariable UUID courseId) {
        return new CursorPage<>(assignments.forCourse(new CourseId(courseId)), null);
    }

    @PostMapping("/courses/{courseId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an assignment for a course the tenant sees")
    AssignmentView create(@PathVariable UUID courseId, @Valid @RequestBody NewAssignment body) {
        LateRules late = body.late();
        return assignments.create(new CourseId(courseId), new AssignmentSpec(body.title(),
                body.instructions() == null ? "" : body.instructions(), body.submissionTypes(), body.maxPoints(),
                body.dueAt(), late == null ? LatePolicy.ACCEPT : late.policy(), penalty(late),
                late == null ? null : late.cutoffAt(), rubric(body.rubric()), body.published()));
    }

    @GetMapping("/assignments")
    @Operation(summary = "The caller's assignments across the courses they are enrolled in, with their status")
    CursorPage<LearnerAssignment> mine() {
        return new CursorPage<>(assignments.mine(), null);
    }

    @GetMapping("/assignments/{id}")
    AssignmentView assignment(@PathVariable UUID id) {
        return assignments.get(new AssignmentId(id));
    }

    @PatchMapping("/assignments/{id}")
    AssignmentView update(@PathVariable UUID id, @Valid @RequestBody AssignmentChange body) {
        AssignmentView current = assignments.forStaff(new AssignmentId(id));
        LateRules late = body.late();
        AssignmentSpec spec = new AssignmentSpec(
                body.title() != null ? body.title() : current.title(),
                body.instructions() != null ? body.instructions() : current.instructions(),
                body.submissionTypes() != null ? body.submissionTypes() : current.submissionTypes(),
                body.maxPoints() != null ? body.maxPoints() : current.maxPoints(),
                body.dueAt() != null ? body.dueAt() : current.dueAt(),
                late != null ? late.policy() : current.latePolicy(),
                late != null ? penalty(late) : current.penaltyPercentPerDay(),
                late != null ? late.cutoffAt() : current.cutoffAt(),
                body.rubric() != null ? rubric(body.rubric()) : current.rubric(),
                body.published() != null ? body.published() : current.published());
        return assignments.update(new AssignmentId(id), spec);
    }

    @DeleteMapping("/assignments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        assignments.delete(new AssignmentId(id));
    }

    // ---- submissions

    @PutMapping("/assignments/{id}/submission")
    @Operation(summary = "Hand in (or replace) the caller's text, link or video link; send an Idempotency-Key to retry safely")
    SubmissionView handIn(@PathVariable UUID id, @Valid @RequestBody HandIn body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        SubmissionContent content = switch (body.type()) {
            case TEXT -> new SubmissionContent.Text(required(body.text(), "text"));
            case LINK, VIDEO_LINK -> new SubmissionContent.Link(body.type(), required(body.url(), "url").strip());
            case FILE -> throw ApiException.invalid("type", "use-file-upload",
                    "send files to POST /api/v1/assignments/{id}/submission/file");
        };
        return submissions.submit(new AssignmentId(id), content, key);
    }

    @PostMapping(path = "/assignments/{id}/submission/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hand in (or replace) the caller's file (multipart part 'file'); send an Idempotency-Key to retry safely")
    SubmissionView handInFile(@PathVariable UUID id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key) {
        // A missing part is the service's to refuse, after it has checked who is asking.
        SubmissionService.Upload upload = file == null ? null : new SubmissionService.Upload(
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(), file);
        return submissions.submitFile(new AssignmentId(id), upload, key);
    }

    @GetMapping("/assignments/{id}/submission")
    @Operation(summary = "The caller's standing on an assignment: status, their submission, the grade once released")
    SubmissionService.LearnerSubmission mySubmission(@PathVariable UUID id) {
        return submissions.mine(new AssignmentId(id));
    }

    @GetMapping("/assignments/{id}/submissions")
    @Operation(summary = "The roster: every enrolled learner with their status and draft points (staff)")
    SubmissionService.Roster roster(@PathVariable UUID id) {
        return submissions.roster(new AssignmentId(id));
    }

    @GetMapping("/submissions/{id}")
    SubmissionView submission(@PathVariable UUID id) {
        return submissions.read(new SubmissionId(id));
    }

    @GetMapping("/submissions/{id}/file")
    @Operation(summary = "The submitted file, as an attachment (the learner themselves, or staff)")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id) throws IOException {
        return Downloads.attachment(submissions.download(new SubmissionId(id)));
    }

    // ---- grading

    @PutMapping("/submissions/{id}/grade")
    @Operation(summary = "Save a draft grade (rubric levels or points) with feedback; learners see it once released")
    SubmissionView grade(@PathVariable UUID id, @Valid @RequestBody GradeBody body) {
        return grading.grade(new SubmissionId(id), new GradingService.GradeCommand(body.points(), body.levels(),
                body.feedback()));
    }

    @PostMapping("/submissions/{id}/release")
    @Operation(summary = "Release a submission's grade to its learner")
    SubmissionView release(@PathVariable UUID id) {
        return grading.release(new SubmissionId(id));
    }

    @PostMapping("/assignments/{id}/releases")
    @Operation(summary = "Release every graded submission of the assignment that has an unreleased grade")
    GradingService.ReleaseResult releaseAll(@PathVariable UUID id) {
        return grading.releaseAll(new AssignmentId(id));
    }

    // ---- helpers

    private static BigDecimal penalty(@Nullable LateRules late) {
        return late == null || late.penaltyPercentPerDay() == null ? BigDecimal.ZERO : late.penaltyPercentPerDay();
    }

    private static @Nullable Rubric rubric(@Nullable RubricBody body) {
        if (body == null || body.criteria().isEmpty()) {
            return null;
        }
        return Rubric.of(body.criteria().stream().map(c -> new Rubric.CriterionDraft(c.title(), c.description(),
                c.levels().stream().map(l -> new Rubric.LevelDraft(l.points(), l.description())).toList())).toList());
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "required", "is required for this type");
        }
        return value;
    }
}
