package org.vidya.platform;

/** A thing a person may do; granted through {@link Role}s and checked by services. */
public enum Permission {
    PROFILE_READ,
    CLASSES_READ_OWN,
    CLASSES_READ,
    CLASSES_MANAGE,
    TEAMS_READ,
    TEAMS_MANAGE,
    MEMBERS_READ,
    MEMBERS_MANAGE,
    INVITATIONS_MANAGE,
    CHILDREN_READ,
    GUARDIAN_LINKS_REQUEST,
    GUARDIAN_LINKS_MANAGE,
    LEARNER_DATA_READ,
    TENANT_SETTINGS_MANAGE,
    TENANTS_MANAGE,
    AUDIT_READ,
    ANALYTICS_READ,
    CONTENT_AUTHOR,
    /** Browse the catalog and read published courses. */
    CATALOG_READ,
    /** Enroll oneself, follow lessons, record one's own progress, submit coursework. */
    COURSES_LEARN,
    /** Enroll a class one teaches, or a team one manages, in a course with a deadline. */
    COURSES_ASSIGN,
    /** Grant a paid course without its enrollment key. */
    COURSE_ACCESS_GRANT,
    /** Create coursework assignments, read submissions, grade and release grades. */
    COURSEWORK_MANAGE,
    /** Create item banks and items, import and export them. */
    ITEM_BANK_MANAGE,
    /** Build tests, schedule them for classes, watch attempts, grade the queue, read and export results. */
    TESTS_MANAGE,
    /** Take tests scheduled for one's classes and practice tests; read one's own results. */
    TESTS_TAKE,
    /** See one's own mastery map, reviews and path; take the diagnostic, review sessions and weekly adaptive tests. */
    MASTERY_LEARN,
    /** Import, export and edit the concept graph (the platform's, for platform admins). */
    CONCEPTS_MANAGE,
    /** Read the mastery of the learners of one's classes (class heatmap); reads are audited. */
    MASTERY_CLASS_READ
}
