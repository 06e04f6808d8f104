package org.vidya.learning.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.ModuleOutline;
import org.vidya.platform.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/** Percent complete, module and course completion, and where "Continue" leads. */
class CourseProgressTests {

    final ModuleId basics = ModuleId.random();
    final ModuleId loops = ModuleId.random();
    final LessonId hello = LessonId.random();
    final LessonId variables = LessonId.random();
    final LessonId strings = LessonId.random();
    final LessonId forLoops = LessonId.random();

    CourseOutline version1 = outline(1, module(basics, hello, variables, strings), module(loops, forLoops));

    @Test
    void percentCountsCompletedLessonsOfThePublishedVersionRoundedDown() {
        assertThat(CourseProgress.of(version1, Set.of()).percent()).isZero();
        assertThat(CourseProgress.of(version1, Set.of(hello)).percent()).isEqualTo(25);
        CourseProgress three = CourseProgress.of(version1, Set.of(hello, variables, strings));
        assertThat(three.percent()).isEqualTo(75);
        assertThat(three.complete()).isFalse();
        CourseProgress all = CourseProgress.of(version1, Set.of(hello, variables, strings, forLoops));
        assertThat(all.percent()).isEqualTo(100);
        assertThat(all.complete()).isTrue();
    }

    @Test
    void nearlyDoneIsNotAHundredPercent() {
        assertThat(new CourseProgress(3, 2).percent()).isEqualTo(66);
        assertThat(new CourseProgress(200, 199).percent()).isEqualTo(99);
    }

    @Test
    void lessonsRemovedByARepublishNoLongerCount() {
        CourseOutline version2 = outline(2, module(basics, hello, variables), module(loops, forLoops));

        CourseProgress progress = CourseProgress.of(version2, Set.of(hello, strings));

        assertThat(progress.lessons()).isEqualTo(3);
        assertThat(progress.completed()).isEqualTo(1);
        assertThat(progress.percent()).isEqualTo(33);
    }

    @Test
    void aLessonAddedByARepublishLowersThePercentUntilItIsDone() {
        LessonId whileLoops = LessonId.random();
        CourseOutline version2 = outline(2, module(basics, hello, variables, strings), module(loops, forLoops, whileLoops));
        Set<LessonId> done = Set.of(hello, variables, strings, forLoops);

        assertThat(CourseProgress.of(version2, done).percent()).isEqualTo(80);
        assertThat(CourseProgress.of(version2, done).complete()).isFalse();
        assertThat(CourseProgress.moduleComplete(version2.modules().get(1), done)).isFalse();
    }

    @Test
    void aModuleIsCompleteWhenEachOfItsLessonsIs() {
        ModuleOutline first = version1.modules().get(0);

        assertThat(CourseProgress.moduleComplete(first, Set.of(hello, variables))).isFalse();
        assertThat(CourseProgress.moduleComplete(first, Set.of(hello, variables, strings))).isTrue();
        assertThat(CourseProgress.moduleComplete(module(ModuleId.random()), Set.of(hello))).as("empty module").isFalse();
    }

    @Test
    void anEmptyCourseIsNeitherCompleteNorAnywhere() {
        CourseOutline empty = outline(1);

        assertThat(CourseProgress.of(empty, Set.of()).percent()).isZero();
        assertThat(CourseProgress.of(empty, Set.of()).complete()).isFalse();
        assertThat(CourseProgress.continueAt(empty, Set.of(), null)).isEmpty();
    }

    @Test
    void continueLeadsToTheUnfinishedLessonLastWorkedOn() {
        assertThat(CourseProgress.continueAt(version1, Set.of(hello), strings)).contains(strings);
    }

    @Test
    void continueLeadsToTheFirstUnfinishedLessonWhenTheLastOneIsDone() {
        assertThat(CourseProgress.continueAt(version1, Set.of(hello, strings), strings)).contains(variables);
        assertThat(CourseProgress.continueAt(version1, Set.of(), null)).contains(hello);
    }

    @Test
    void continueIgnoresALastLessonThatWasRemoved() {
        assertThat(CourseProgress.continueAt(version1, Set.of(hello), LessonId.random())).contains(variables);
    }

    @Test
    void continueGoesBackToTheStartOnceEverythingIsDone() {
        assertThat(CourseProgress.continueAt(version1, Set.of(hello, variables, strings, forLoops), forLoops))
                .contains(hello);
    }

    private CourseOutline outline(int version, ModuleOutline... modules) {
        int lessons = List.of(modules).stream().mapToInt(m -> m.lessons().size()).sum();
        CourseSummary summary = new CourseSummary(CourseId.random(), TenantId.PLATFORM, "Python Basics", "Start here",
                CourseLevel.BEGINNER, "Programming", BigDecimal.TEN, false, null, EnrollmentPolicy.OPEN,
                modules.length, lessons, null, null, null);
        return new CourseOutline(summary, version, List.of(modules));
    }

    private static ModuleOutline module(ModuleId id, LessonId... lessons) {
        return new ModuleOutline(id, "Module", List.of(lessons).stream()
                .map(l -> new LessonOutline(l, id, "Lesson", LessonKind.CONCEPT_INTRO, 10, List.of())).toList());
    }
}
