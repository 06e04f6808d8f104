package org.vidya.mastery.plan;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.vidya.platform.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class GoalTests {

    @Test
    void readsEachKindOfGoal() {
        UUID id = UUID.randomUUID();

        assertThat(Goal.parse("subject:physics")).isEqualTo(new Goal(Goal.Type.SUBJECT, "physics"));
        assertThat(Goal.parse("course:" + id.toString().toUpperCase())).isEqualTo(new Goal(Goal.Type.COURSE, id.toString()));
        assertThat(Goal.parse(" Track: " + id)).isEqualTo(new Goal(Goal.Type.TRACK, id.toString()));
        assertThat(Goal.parse("track:" + id).id()).isEqualTo(id);
        assertThat(Goal.parse("subject:Physics").toString()).isEqualTo("subject:Physics");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"physics", "exam:jee", "course:not-a-uuid", "track:", "subject:", "course:123"})
    void refusesAMalformedGoalWithAFieldError(String goal) {
        ApiException problem = catchThrowableOfType(ApiException.class, () -> Goal.parse(goal));

        assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("goal"));
    }

    @Test
    void refusesAGoalLongerThanItsLimit() {
        ApiException problem = catchThrowableOfType(ApiException.class,
                () -> Goal.parse("subject:" + "x".repeat(Goal.MAX_LENGTH)));

        assertThat(problem.errors()).singleElement().satisfies(e -> assertThat(e.code()).isEqualTo("too-long"));
    }
}
