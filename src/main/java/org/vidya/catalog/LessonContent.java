package org.vidya.catalog;

import java.util.List;

/** A published lesson with its blocks, in the course version it belongs to. */
public record LessonContent(CourseOutline course, LessonOutline lesson, List<LessonBlock> blocks) {
}
