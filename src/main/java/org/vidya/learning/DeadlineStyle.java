package org.vidya.learning;

/** Who sets a course deadline and what missing it means (seed persona rules). */
public enum DeadlineStyle {
    /** Students: the teacher's due date holds; late work is overdue. */
    ENFORCED,
    /** Professionals: the learner sets a target date and may move it. */
    SELF_SET,
    /** Self-learners: no deadline. */
    NONE,
    /** Enterprise: the team manager's date holds; the manager sees who is overdue. */
    MANAGER_SET
}
