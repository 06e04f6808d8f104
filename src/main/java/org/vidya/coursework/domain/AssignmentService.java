package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.coursework.AssignmentId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.PlainTextValidator;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Assignments: teachers create, edit, publish and delete them; learners read the published ones.
 * (Learning has course assignments of its own, hence the bean's name.)
 */
@Service("courseworkAssignmentService")
public class AssignmentService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_INSTRUCTIONS = 20_000;
    public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private final Assignments assignments;
    private final Submissions submissions;
    private final CourseworkAccess access;
    private final CatalogManagement catalog;
    private final AuditLog audit;
    private final Clock clock;

    AssignmentService(Assignments assignments, Submissions submissions, CourseworkAccess access,
            CatalogManagement catalog, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.access = access;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** An assignment as staff and learners read it; {@code courseTitle} is absent when the course is no longer visible. */
    public record AssignmentView(UUID id, UUID courseId, @Nullable String courseTitle, String title,
            String instructions, Set<SubmissionType> submissionTypes, BigDecimal maxPoints, Instant dueAt,
            LatePolicy latePolicy, BigDecimal penaltyPercentPerDay, @Nullable Instant cutoffAt,
            @Nullable Rubric rubric, boolean published, Instant createdAt, Instant updatedAt) {
    }

    /**
     * An assignment in a learner's list, with where they stand: {@code points} and
     * {@code maxPoints} once a grade is released.
     */
    public record LearnerAssignment(AssignmentView assignment, SubmissionStatus status,
            @Nullable Instant submittedAt, @Nullable BigDecimal points) {
    }

    /** A course of the tenant's catalog with its assignments, for the gradebook. */
    public record CourseAssignments(UUID courseId, String courseTitle, List<AssignmentView> assignments) {
    }

    // ---- staff

    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public AssignmentView create(CourseId course, AssignmentSpec spec) {
        CourseOutline outline = access.visibleCourse(course);
        check(spec);
        VidyaPrincipal me = CurrentUser.get();
        Assignment assignment = assignments.save(new Assignment(course, spec, me.userId(), now()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "assignment.created", "assignment",
                assignment.id(), assignment.title() + " in course " + course));
        return view(assignment, outline.summary().title());
    }

    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public AssignmentView update(AssignmentId id, AssignmentSpec spec) {
        Assignment assignment = access.forStaff(id.value());
        check(spec);
        Rubric rubric = spec.rubric();
        Rubric current = assignment.rubric();
        boolean sameRubric = rubric == null ? current == null : rubric.sameContentAs(current);
        if (sameRubric && current != null) {
            // Keep the ids grades refer to.
            spec = withRubric(spec, current);
        }
        boolean gradingChanged = !sameRubric || spec.maxPoints().compareTo(assignment.maxPoints()) != 0;
        if (gradingChanged && submissions.existsByAssignmentIdAndGradePointsNotNull(assignment.id())) {
            throw ApiException.conflict("assignment-graded",
                    "Submissions have been graded, so the maximum points and the rubric can no longer change.");
        }
        boolean wasPublished = assignment.published();
        assignment.apply(spec, now());
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "assignment.updated", "assignment",
                assignment.id(), assignment.title() + (wasPublished != assignment.published()
                        ? (assignment.published() ? " (published)" : " (unpublished)") : "")));
        return view(assignment, visibleTitle(assignment.courseId()));
    }

    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public void delete(AssignmentId id) {
        Assignment assignment = access.forStaff(id.value());
        if (submissions.existsByAssignmentId(assignment.id())) {
            throw ApiException.conflict("assignment-has-submissions",
                    "Learners have handed in work for this assignment. Unpublish it instead of deleting it.");
        }
        assignments.delete(assignment);
        audit.record(AuditRecord.success(CurrentUser.tenant(), CurrentUser.id(), "assignment.deleted", "assignment",
                assignment.id(), assignment.title()));
    }

    /** The tenant's visible courses with their assignments (drafts included), courses by title. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public List<CourseAssignments> gradebook() {
        Map<UUID, List<Assignment>> byCourse = assignments.findAllByOrderByDueAtAscIdAsc().stream()
                .collect(Collectors.groupingBy(a -> a.courseId().value(), LinkedHashMap::new, Collectors.toList()));
        Map<CourseId, CourseSummary> visible = catalog.browse(org.vidya.catalog.CatalogQuery.all(),
                LocaleContextHolder.getLocale()).stream()
                .collect(Collectors.toMap(CourseSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<CourseAssignments> result = new ArrayList<>();
        visible.values().stream().sorted(Comparator.comparing(CourseSummary::title, String.CASE_INSENSITIVE_ORDER))
                .forEach(course -> result.add(new CourseAssignments(course.id().value(), course.title(),
                        byCourse.getOrDefault(course.id().value(), List.of()).stream()
                                .map(a -> view(a, course.title())).toList())));
        return result;
    }

    /** The title of a course the tenant sees, for staff about to give it an assignment; 404 when it is not visible. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    public String courseTitle(CourseId course) {
        return access.visibleCourse(course).summary().title();
    }

    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public AssignmentView forStaff(AssignmentId id) {
        Assignment assignment = access.forStaff(id.value());
        return view(assignment, visibleTitle(assignment.courseId()));
    }

    // ---- staff and learners

    /** Staff see every assignment of the course; an enrolled learner the published ones. */
    @PreAuthorize("hasAnyAuthority('COURSES_LEARN', 'COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public List<AssignmentView> forCourse(CourseId course) {
        CourseOutline outline = access.visibleCourse(course);
        VidyaPrincipal me = CurrentUser.get();
        boolean staff = CourseworkAccess.isStaff(me);
        if (!staff) {
            access.requireEnrolled(me, course);
        }
        return assignments.findByCourseIdOrderByDueAtAscIdAsc(course.value()).stream()
                .filter(a -> staff || a.published())
                .map(a -> view(a, outline.summary().title()))
                .toList();
    }

    @PreAuthorize("hasAnyAuthority('COURSES_LEARN', 'COURSEWORK_MANAGE')")
    @Transactional(readOnly = true)
    public AssignmentView get(AssignmentId id) {
        Assignment assignment = access.visible(id.value());
        return view(assignment, visibleTitle(assignment.courseId()));
    }

    /** The published assignments of every visible course the signed-in learner is enrolled in, by due date. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional(readOnly = true)
    public List<LearnerAssignment> mine() {
        VidyaPrincipal me = CurrentUser.get();
        List<Assignment> published = assignments.findByPublishedTrueOrderByDueAtAscIdAsc();
        Set<CourseId> courses = published.stream().map(Assignment::courseId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<CourseId, CourseSummary> visible = catalog.summaries(courses, LocaleContextHolder.getLocale());
        Set<CourseId> mine = visible.keySet().stream().filter(c -> access.isEnrolled(me, c))
                .collect(Collectors.toSet());
        List<Assignment> mineAssignments = published.stream().filter(a -> mine.contains(a.courseId())).toList();
        Map<UUID, Submission> submitted = submissions.findByLearnerIdAndAssignmentIdIn(me.userId().value(),
                mineAssignments.stream().map(Assignment::id).toList()).stream()
                .collect(Collectors.toMap(Submission::assignmentId, Function.identity()));
        Instant now = now();
        return mineAssignments.stream().map(a -> {
            Submission s = submitted.get(a.id());
            SubmissionStatus status = a.deadline().status(s == null ? null : s.submittedAt(),
                    s != null && s.isReleased(), now);
            return new LearnerAssignment(view(a, visible.get(a.courseId()).title()), status,
                    s == null ? null : s.submittedAt(), s == null ? null : s.releasedFinalPoints());
        }).toList();
    }

    // ---- rules

    /** Every rule an assignment must keep, as field errors (400) in one problem. */
    static void check(AssignmentSpec spec) {
        List<FieldViolation> problems = new ArrayList<>();
        if (spec.title().isBlank() || spec.title().length() > MAX_TITLE) {
            problems.add(new FieldViolation("title", "size", "needs a title of at most " + MAX_TITLE + " characters"));
        } else if (!PlainTextValidator.isPlain(spec.title())) {
            problems.add(new FieldViolation("title", "plain-text", "must be plain text without < > or control characters"));
        }
        if (spec.instructions().length() > MAX_INSTRUCTIONS) {
            problems.add(new FieldViolation("instructions", "size",
                    "must be at most " + MAX_INSTRUCTIONS + " characters"));
        }
        if (spec.submissionTypes().isEmpty()) {
            problems.add(new FieldViolation("submissionTypes", "required", "allow at least one kind of submission"));
        }
        if (spec.maxPoints().signum() <= 0 || spec.maxPoints().compareTo(MAX_POINTS) > 0
                || spec.maxPoints().scale() > 2) {
            problems.add(new FieldViolation("maxPoints", "out-of-range",
                    "must be more than 0 and at most 1000, in hundredths at most"));
        }
        if (spec.latePolicy() == LatePolicy.ACCEPT) {
            BigDecimal penalty = spec.penaltyPercentPerDay();
            if (penalty.signum() < 0 || penalty.compareTo(Deadline.HUNDRED) > 0 || penalty.scale() > 2) {
                problems.add(new FieldViolation("penaltyPercentPerDay", "out-of-range",
                        "must be between 0 and 100 percent"));
            }
            if (spec.cutoffAt() != null && !spec.cutoffAt().isAfter(spec.dueAt())) {
                problems.add(new FieldViolation("cutoffAt", "before-due", "must be after the due date"));
            }
        } else if (spec.cutoffAt() != null) {
            problems.add(new FieldViolation("cutoffAt", "not-accepting-late",
                    "a cut-off only applies when late work is accepted"));
        }
        if (spec.rubric() != null && problems.stream().noneMatch(p -> p.field().equals("maxPoints"))) {
            problems.addAll(spec.rubric().problems(spec.maxPoints()));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
    }

    /** Whether a link is one a learner may hand in: an absolute http or https address with a host. */
    public static boolean isWebAddress(String url) {
        if (url.isBlank() || url.length() > 2000 || url.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null && !uri.getHost().isBlank()
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static ApiException tooManyPoints(BigDecimal max) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "points-above-max",
                "The points are more than the assignment is worth.",
                List.of(new FieldViolation("points", "above-max",
                        "must be at most " + max.stripTrailingZeros().toPlainString())), null);
    }

    private static AssignmentSpec withRubric(AssignmentSpec spec, Rubric rubric) {
        return new AssignmentSpec(spec.title(), spec.instructions(), spec.submissionTypes(), spec.maxPoints(),
                spec.dueAt(), spec.latePolicy(), spec.penaltyPercentPerDay(), spec.cutoffAt(), rubric,
                spec.published());
    }

    private @Nullable String visibleTitle(CourseId course) {
        return access.findCourse(course).map(c -> c.summary().title()).orElse(null);
    }

    static AssignmentView view(Assignment a, @Nullable String courseTitle) {
        return new AssignmentView(a.id(), a.courseId().value(), courseTitle, a.title(), a.instructions(),
                a.submissionTypes(), a.maxPoints(), a.dueAt(), a.latePolicy(), a.latePenaltyPercent(),
                a.lateCutoffAt(), a.rubric(), a.published(), a.createdAt(), a.updatedAt());
    }

    // Times are kept to the microsecond, as the database keeps them, so that what a caller is
    // told equals what a later read says.
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
