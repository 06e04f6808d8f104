package org.vidya.mastery.session;

/** What a session is for. */
public enum SessionKind {
    /** The adaptive diagnostic of one subject; seeds each concept's mastery when it ends. */
    DIAGNOSTIC,
    /** Practice on the concepts due for review. */
    REVIEW
}
