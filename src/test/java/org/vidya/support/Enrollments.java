package org.vidya.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.learning.EnrollmentId;
import org.vidya.learning.EnrollmentSource;
import org.vidya.learning.domain.Enroller;
import org.vidya.learning.domain.ProgressEvent;
import org.vidya.learning.domain.ProgressRecorder;
import org.vidya.organization.ClassId;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

/**
 * Enrolls learners and records their progress the way the application does (events included),
 * without going through the API: in the current tenant, or in the one named.
 */
public class Enrollments {

    private final Enroller enroller;
    private final ProgressRecorder progress;

    Enrollments(Enroller enroller, ProgressRecorder progress) {
        this.enroller = enroller;
        this.progress = progress;
    }

    /** Enrolls the learner in a published course visible to the current tenant (as if they enrolled themselves). */
    public EnrollmentId enroll(UserId learner, CourseId course) {
        return enroller.enroll(learner, course, EnrollmentSource.SELF, null, learner).enrollment().id();
    }

    /** Enrolls a person of the tenant in a published course that tenant sees. */
    public EnrollmentId enroll(TestTenant tenant, Person learner, CourseId course) {
        return Tenancy.callAs(tenant.id(), () -> enroll(learner.id(), course));
    }

    /** Gives the course to a class of the tenant (as its teacher would) and enrolls its learners; the assignment's id. */
    public UUID assignToClass(TestTenant tenant, UUID classId, CourseId course, Person teacher) {
        return Tenancy.callAs(tenant.id(), () -> enroller.assignToClass(new ClassId(classId), course,
                Instant.now().plus(Duration.ofDays(14)), teacher.id()).assignment().id());
    }

    /** Completes a lesson for an enrolled learner of the tenant. */
    public void complete(TestTenant tenant, Person learner, CourseId course, LessonId lesson) {
        Tenancy.runAs(tenant.id(), () -> progress.record(learner.id(), course, lesson, ProgressEvent.COMPLETE, 0,
                Locale.ENGLISH));
    }
}
