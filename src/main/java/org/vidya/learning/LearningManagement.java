package org.vidya.learning;

import java.util.List;

import org.vidya.catalog.CourseId;
import org.vidya.platform.UserId;

/** What other modules may ask of learning; every query answers for the current tenant. */
public interface LearningManagement {

    /** Whether the person has an active enrollment in the course. */
    boolean isEnrolled(UserId learner, CourseId course);

    /** The learners with an active enrollment in the course, by name. */
    List<EnrolledLearner> enrolledLearners(CourseId course);
}
