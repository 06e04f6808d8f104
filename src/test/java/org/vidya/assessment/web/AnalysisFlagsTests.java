package org.vidya.assessment.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Item analysis flags what a teacher should look at, and nothing else. */
class AnalysisFlagsTests {

    @Test
    void flagsItemsAlmostNobodyGetsRight() {
        assertThat(SchedulePageController.flags(0.19, 0.3)).containsExactly("too-hard");
        assertThat(SchedulePageController.flags(0.2, 0.3)).isEmpty();
    }

    @Test
    void flagsItemsAlmostEverybodyGetsRight() {
        assertThat(SchedulePageController.flags(0.96, 0.1)).containsExactly("too-easy");
        assertThat(SchedulePageController.flags(0.95, 0.1)).isEmpty();
    }

    @Test
    void flagsItemsStrongTakersDoWorseOn() {
        assertThat(SchedulePageController.flags(0.5, -0.01)).containsExactly("negative-discrimination");
        assertThat(SchedulePageController.flags(0.1, -0.4)).containsExactly("too-hard", "negative-discrimination");
        assertThat(SchedulePageController.flags(0.5, 0.0)).isEmpty();
        assertThat(SchedulePageController.flags(0.5, null)).as("too few takers to tell").isEmpty();
    }
}
