package org.vidya.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.learning.EnrollmentId;
import org.vidya.learning.EnrollmentSource;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.UserId;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/** A learner's own enrollments: enroll, list, withdraw, set a target date; and admin grants. */
@Service
public class EnrollmentService {

    /** The longest a key may be; longer ones cannot match and are refused as input. */
    public static final int MAX_KEY_LENGTH = 100;

    /** An enrollment and whether this call made (or restarted) it. */
    public record EnrollResult(EnrollmentView enrollment, boolean created) {
    }

    /** An enrollment with the learner's state in every module and lesson of the published course. */
    public record EnrollmentDetail(EnrollmentView enrollment, List<ModuleState> modules) {
    }

    private final CatalogManagement catalog;
    private final OrganizationManagement organization;
    private final Enrollments enrollments;
    private final Enroller enroller;
    private final EnrollmentViews views;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    EnrollmentService(CatalogManagement catalog, OrganizationManagement organization, Enrollments enrollments,
            Enroller enroller, EnrollmentViews views, AuditLog audit, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.catalog = catalog;
        this.organization = organization;
        this.enrollments = enrollments;
        this.enroller = enroller;
        this.views = views;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Enrolls the signed-in person in a published course: open courses directly, key courses
     * (and every paid course) with the matching key, assigned-only courses never. Enrolling
     * again answers the enrollment there is.
     */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    public EnrollResult enrollSelf(CourseId course, @Nullable String key, Locale locale) {
        try {
            return transactions.execute(status -> enrollSelfOnce(course, key, locale));
        } catch (DataIntegrityViolationException e) {
            // Two first enrollments at once (a double click, two tabs): the unique key let one
            // in, and this one now finds it and answers it, as enrolling again always does.
            return transactions.execute(status -> enrollSelfOnce(course, key, locale));
        }
    }

    private EnrollResult enrollSelfOnce(CourseId course, @Nullable String key, Locale locale) {
        UserId me = CurrentUser.id();
        CourseOutline outline = catalog.publishedCourse(course, locale).orElseThrow(LearningProblems::courseNotFound);
        Optional<Enrollment> existing = enrollments.findByLearnerIdAndCourseId(me.value(), course.value());
        if (existing.isPresent() && existing.get().active()) {
            return new EnrollResult(views.view(existing.get(), locale), false);
        }
        // A course once granted stays open to the learner after a withdrawal.
        boolean granted = existing.map(e -> e.source() == EnrollmentSource.GRANT).orElse(false);
        if (!granted) {
            checkSelfEnrollment(outline.summary(), key);
        }
        Enroller.Outcome outcome = enroller.enroll(me, course, granted ? EnrollmentSource.GRANT : EnrollmentSource.SELF,
                null, me);
        return new EnrollResult(views.view(outcome.enrollment(), locale), outcome.enrolled());
    }

    private void checkSelfEnrollment(CourseSummary course, @Nullable String key) {
        if (course.enrollment() == EnrollmentPolicy.ASSIGNED) {
            throw ApiException.forbidden("course-assigned-only",
                    "Only a teacher, a team manager or an admin can enroll learners in this course.");
        }
        if (course.enrollment() == EnrollmentPolicy.KEY || course.paid()) {
            if (key == null || key.isBlank()) {
                throw ApiException.invalid("key", "required", "is needed to enroll in this course");
            }
            if (key.length() > MAX_KEY_LENGTH || !catalog.enrollmentKeyMatches(course.id(), key.strip())) {
                throw new ApiException(HttpStatus.FORBIDDEN, "enrollment-key-invalid",
                        "The enrollment key does not open this course.",
                        List.of(new FieldViolation("key", "wrong-key", "does not open this course")), null);
            }
        }
    }

    /** The signed-in person's active enrollments, oldest first. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional(readOnly = true)
    public CursorPage<EnrollmentView> mine(@Nullable String cursor, @Nullable Integer limit, Locale locale) {
        int size = CursorPage.limit(limit);
        List<Enrollment> rows = enrollments.findByLearnerIdAndStatusAndIdGreaterThanOrderById(CurrentUser.id().value(),
                Enrollment.Status.ACTIVE, CursorPage.after(cursor), Limit.of(size + 1));
        boolean more = rows.size() > size;
        List<Enrollment> page = more ? rows.subList(0, size) : rows;
        return new CursorPage<>(views.views(page, locale),
                more ? CursorPage.encode(page.get(page.size() - 1).id().value()) : null);
    }

    /** Every active enrollment of the signed-in person, newest first, for "My learning". */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional(readOnly = true)
    public List<EnrollmentView> allMine(Locale locale) {
        return views.views(enrollments.findByLearnerIdAndStatusOrderByEnrolledAtDesc(CurrentUser.id().value(),
                Enrollment.Status.ACTIVE), locale);
    }

    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional(readOnly = true)
    public EnrollmentDetail detail(EnrollmentId id, Locale locale) {
        Enrollment e = own(enrollments.findById(id.value()));
        Optional<CourseOutline> outline = catalog.publishedCourse(e.courseId(), locale);
        List<LessonProgress> progress = views.progressOf(e);
        return new EnrollmentDetail(views.view(e, outline.orElse(null), progress),
                outline.map(o -> EnrollmentViews.modules(o, progress)).orElse(List.of()));
    }

    /** Leaves a course one chose; courses given by a teacher or manager stay. Progress is kept. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public void withdraw(EnrollmentId id) {
        Enrollment e = own(enrollments.lockById(id.value()));
        if (e.assignmentId() != null) {
            throw ApiException.conflict("assigned-enrollment",
                    "This course was given to your class or team; ask your teacher or manager.");
        }
        e.withdraw(clock.instant());
    }

    /** Sets or clears (null) the learner's own target date; only for a self-set deadline. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public EnrollmentView setTarget(EnrollmentId id, @Nullable Instant target, Locale locale) {
        Enrollment e = own(enrollments.lockById(id.value()));
        if (!DeadlineRules.learnerSetsDeadline(e.deadlineStyle())) {
            throw ApiException.conflict("deadline-not-self-set",
                    "The deadline of this course is not yours to set.");
        }
        e.setTarget(target == null ? null : DueDates.checked("targetAt", target, clock.instant()));
        return views.view(e, locale);
    }

    /** Gives a person of the tenant a course without its key (for example a paid one). */
    @PreAuthorize("hasAuthority('COURSE_ACCESS_GRANT')")
    @Transactional
    public EnrollResult grant(CourseId course, UserId learner, Locale locale) {
        catalog.publishedCourse(course, locale).orElseThrow(LearningProblems::courseNotFound);
        if (!organization.isMember(learner)) {
            throw ApiException.invalid("userId", "not-a-member", "is not a member of your organization");
        }
        UserId me = CurrentUser.id();
        Enroller.Outcome outcome = enroller.enroll(learner, course, EnrollmentSource.GRANT, null, me);
        audit.record(AuditRecord.success(CurrentUser.tenant(), me, "learning.course-granted", "user", learner,
                "course " + course));
        return new EnrollResult(views.view(outcome.enrollment(), locale), outcome.enrolled());
    }

    /** The signed-in person's enrollment in a course, if any (active or withdrawn). */
    @Transactional(readOnly = true)
    public Optional<Enrollment> findMine(CourseId course) {
        return CurrentUser.find().flatMap(p -> enrollments.findByLearnerIdAndCourseId(p.userId().value(),
                course.value()));
    }

    private static Enrollment own(Optional<Enrollment> found) {
        UserId me = CurrentUser.id();
        return found.filter(e -> e.learnerId().equals(me) && e.active())
                .orElseThrow(LearningProblems::enrollmentNotFound);
    }
}
