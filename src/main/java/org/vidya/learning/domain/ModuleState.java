package org.vidya.learning.domain;

import java.util.List;

import org.vidya.catalog.ModuleOutline;

/** A module of the published course with the learner's progress in each lesson. */
public record ModuleState(ModuleOutline module, List<LessonState> lessons, boolean completed) {

    public long completedLessons() {
        return lessons.stream().filter(LessonState::completed).count();
    }
}
