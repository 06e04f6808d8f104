package org.vidya.learning.domain;

import org.vidya.catalog.LessonOutline;

/** A lesson of the published course with the learner's progress in it. */
public record LessonState(LessonOutline lesson, boolean started, boolean completed, int secondsSpent) {
}
