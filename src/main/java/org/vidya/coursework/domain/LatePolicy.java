package org.vidya.coursework.domain;

/** What happens to work handed in after the due date. */
public enum LatePolicy {
    /** Accepted with a penalty per started day late, up to an optional cut-off. */
    ACCEPT,
    /** Nothing is accepted after the due date. */
    REJECT
}
