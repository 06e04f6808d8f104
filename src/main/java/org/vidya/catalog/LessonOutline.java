package org.vidya.catalog;

import java.util.List;

/** A lesson's place and kind in a published course, without its content. */
public record LessonOutline(LessonId id, ModuleId module, String title, LessonKind kind, int estimatedMinutes,
        List<String> conceptKeys) {
}
