package org.vidya.coursework.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.learning.LearningManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.VidyaPrincipal;

/**
 * Who may see which assignment and submission. Staff with {@link Permission#COURSEWORK_MANAGE}
 * see every assignment of their tenant; a learner sees the published assignments of courses the
 * tenant can see and the learner is enrolled in, and only their own submissions.
 */
@Component
class CourseworkAccess {

    private final Assignments assignments;
    private final Submissions submissions;
    private final CatalogManagement catalog;
    private final LearningManagement learning;

    CourseworkAccess(Assignments assignments, Submissions submissions, CatalogManagement catalog,
            LearningManagement learning) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.catalog = catalog;
        this.learning = learning;
    }

    static boolean isStaff(VidyaPrincipal principal) {
        return principal.has(Permission.COURSEWORK_MANAGE);
    }

    /** The published course as the tenant sees it; a 404 problem when it is not visible. */
    CourseOutline visibleCourse(CourseId course) {
        return catalog.publishedCourse(course, LocaleContextHolder.getLocale()).orElseThrow(() ->
                ApiException.notFound("course-not-found", "No such course in your catalog."));
    }

    Optional<CourseOutline> findCourse(CourseId course) {
        return catalog.publishedCourse(course, LocaleContextHolder.getLocale());
    }

    /** Any assignment of the tenant, for staff. */
    Assignment forStaff(UUID id) {
        return assignments.findById(id).orElseThrow(CourseworkAccess::assignmentNotFound);
    }

    /**
     * The assignment as the signed-in person may see it: any of the tenant's for staff; for a
     * learner a published one of a visible course they are enrolled in (403 {@code not-enrolled}
     * when they are not).
     */
    Assignment visible(UUID id) {
        VidyaPrincipal me = CurrentUser.get();
        Assignment assignment = assignments.findById(id).orElseThrow(CourseworkAccess::assignmentNotFound);
        if (isStaff(me)) {
            return assignment;
        }
        return forLearner(assignment, me);
    }

    /** The assignment for the signed-in learner to hand work in to (staff hand in as learners too). */
    Assignment forLearner(UUID id) {
        Assignment assignment = assignments.findById(id).orElseThrow(CourseworkAccess::assignmentNotFound);
        return forLearner(assignment, CurrentUser.get());
    }

    private Assignment forLearner(Assignment assignment, VidyaPrincipal me) {
        if (!assignment.published() || findCourse(assignment.courseId()).isEmpty()) {
            throw assignmentNotFound();
        }
        requireEnrolled(me, assignment.courseId());
        return assignment;
    }

    void requireEnrolled(VidyaPrincipal me, CourseId course) {
        if (!learning.isEnrolled(me.userId(), course)) {
            throw ApiException.forbidden("not-enrolled", "Enroll in the course to see and hand in its assignments.");
        }
    }

    boolean isEnrolled(VidyaPrincipal me, CourseId course) {
        return learning.isEnrolled(me.userId(), course);
    }

    /**
     * A submission as the signed-in person may see it: staff see every submission of the tenant,
     * a learner only their own (anyone else's is "not found").
     */
    Submission submission(UUID id) {
        VidyaPrincipal me = CurrentUser.get();
        Submission submission = submissions.findById(id).orElseThrow(CourseworkAccess::submissionNotFound);
        if (!isStaff(me) && !submission.learner().equals(me.userId())) {
            throw submissionNotFound();
        }
        return submission;
    }

    Submission submissionForStaff(UUID id) {
        return submissions.findById(id).orElseThrow(CourseworkAccess::submissionNotFound);
    }

    static ApiException assignmentNotFound() {
        return ApiException.notFound("assignment-not-found", "No such assignment in your organization.");
    }

    static ApiException submissionNotFound() {
        return ApiException.notFound("submission-not-found", "No such submission in your organization.");
    }
}
