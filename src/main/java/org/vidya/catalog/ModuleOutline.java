package org.vidya.catalog;

import java.util.List;

/** A module of a published course with its lessons in order. */
public record ModuleOutline(ModuleId id, String title, List<LessonOutline> lessons) {
}
