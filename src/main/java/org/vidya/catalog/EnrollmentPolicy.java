package org.vidya.catalog;

/** Who may start a published course on their own. */
public enum EnrollmentPolicy {
    /** Anyone in a tenant that sees the course may enroll themselves. */
    OPEN,
    /** Self-enrollment needs the course's enrollment key (always so for a paid course). */
    KEY,
    /** Only a teacher, a team manager or an admin enrolls learners. */
    ASSIGNED
}
