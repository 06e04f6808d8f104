package org.vidya.coursework.domain;

/** What a learner hands in: written text, an uploaded file, a link, or a link to a video. */
public enum SubmissionType {
    TEXT, FILE, LINK, VIDEO_LINK
}
