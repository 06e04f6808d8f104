package org.vidya.catalog;

/** What a lesson asks of the learner; the tutor picks its mode from it. */
public enum LessonKind {
    CONCEPT_INTRO, GUIDED_DISCOVERY, CODE_ALONG, SANDBOX_PRACTICE, CHALLENGE, PROJECT_MILESTONE, REFLECTION
}
