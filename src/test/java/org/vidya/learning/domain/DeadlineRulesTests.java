package org.vidya.learning.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.vidya.learning.DeadlineStyle;
import org.vidya.learning.EnrollmentSource;
import org.vidya.organization.TenantType;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines by persona (seed 001 §4.2): student, professional, self-learner, enterprise team. */
class DeadlineRulesTests {

    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

    @Test
    void aStudentWhoseClassWasGivenTheCourseHasTheTeachersEnforcedDueDate() {
        DeadlineStyle style = DeadlineRules.styleFor(EnrollmentSource.CLASS, TenantType.SCHOOL);

        assertThat(style).isEqualTo(DeadlineStyle.ENFORCED);
        assertThat(DeadlineRules.deadline(style, NEXT_WEEK, null)).isEqualTo(NEXT_WEEK);
        assertThat(DeadlineRules.learnerSetsDeadline(style)).isFalse();
        assertThat(DeadlineRules.overdue(style, NEXT_WEEK, null, null, NOW)).isFalse();
        assertThat(DeadlineRules.overdue(style, YESTERDAY, null, null, NOW)).isTrue();
    }

    @Test
    void aProfessionalWhoEnrolledThemselvesInACompanySetsAndMovesTheirOwnTarget() {
        DeadlineStyle style = DeadlineRules.styleFor(EnrollmentSource.SELF, TenantType.ENTERPRISE);

        assertThat(style).isEqualTo(DeadlineStyle.SELF_SET);
        assertThat(DeadlineRules.learnerSetsDeadline(style)).isTrue();
        assertThat(DeadlineRules.deadline(style, null, null)).isNull();
        assertThat(DeadlineRules.deadline(style, YESTERDAY, NEXT_WEEK)).as("a due date does not count").isEqualTo(NEXT_WEEK);
        assertThat(DeadlineRules.overdue(style, null, YESTERDAY, null, NOW)).isTrue();
        assertThat(DeadlineRules.overdue(style, null, null, null, NOW)).as("no target set").isFalse();
    }

    @Test
    void selfLearnersInThePublicSpaceAndSchoolSelfEnrollmentsHaveNoDeadline() {
        for (TenantType tenant : new TenantType[] {TenantType.PUBLIC, TenantType.SCHOOL}) {
            DeadlineStyle style = DeadlineRules.styleFor(EnrollmentSource.SELF, tenant);

            assertThat(style).as("%s", tenant).isEqualTo(DeadlineStyle.NONE);
            assertThat(DeadlineRules.deadline(style, YESTERDAY, YESTERDAY)).isNull();
            assertThat(DeadlineRules.overdue(style, YESTERDAY, YESTERDAY, null, NOW)).isFalse();
            assertThat(DeadlineRules.learnerSetsDeadline(style)).isFalse();
        }
    }

    @Test
    void aTeamAssignmentCarriesTheManagersDeadline() {
        DeadlineStyle style = DeadlineRules.styleFor(EnrollmentSource.TEAM, TenantType.ENTERPRISE);

        assertThat(style).isEqualTo(DeadlineStyle.MANAGER_SET);
        assertThat(DeadlineRules.deadline(style, NEXT_WEEK, YESTERDAY)).isEqualTo(NEXT_WEEK);
        assertThat(DeadlineRules.learnerSetsDeadline(style)).isFalse();
        assertThat(DeadlineRules.overdue(style, YESTERDAY, null, null, NOW)).isTrue();
    }

    @Test
    void aGrantedCourseIsPacedLikeOneTheLearnerChose() {
        assertThat(DeadlineRules.styleFor(EnrollmentSource.GRANT, TenantType.ENTERPRISE))
                .isEqualTo(DeadlineStyle.SELF_SET);
        assertThat(DeadlineRules.styleFor(EnrollmentSource.GRANT, TenantType.SCHOOL)).isEqualTo(DeadlineStyle.NONE);
    }

    @Test
    void aCompletedCourseIsNeverOverdue() {
        Instant completed = YESTERDAY.minus(Duration.ofDays(3));

        assertThat(DeadlineRules.overdue(DeadlineStyle.ENFORCED, YESTERDAY, null, completed, NOW)).isFalse();
        assertThat(DeadlineRules.overdue(DeadlineStyle.MANAGER_SET, YESTERDAY, null, NOW, NOW)).isFalse();
        assertThat(DeadlineRules.overdue(DeadlineStyle.SELF_SET, null, YESTERDAY, completed, NOW)).isFalse();
    }

    @Test
    void theDeadlineItselfIsNotYetOverdue() {
        assertThat(DeadlineRules.overdue(DeadlineStyle.ENFORCED, NOW, null, null, NOW)).isFalse();
        assertThat(DeadlineRules.overdue(DeadlineStyle.ENFORCED, NOW, null, null, NOW.plusSeconds(1))).isTrue();
    }
}
