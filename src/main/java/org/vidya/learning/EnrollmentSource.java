package org.vidya.learning;

/** How a learner came to a course; it sets the deadline style. */
public enum EnrollmentSource {
    /** The learner enrolled themselves. */
    SELF,
    /** A teacher enrolled the learner's class. */
    CLASS,
    /** A team manager assigned the course to the learner's team. */
    TEAM,
    /** An admin granted the course (for example a paid one) to the learner. */
    GRANT
}
