package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The late rules: when work is on time, accepted, replaceable, how much it loses, and a learner's status. */
class DeadlineTests {

    static final Instant DUE = Instant.parse("2026-03-10T17:00:00Z");
    static final Instant CUTOFF = DUE.plus(Duration.ofDays(3));
    static final Duration SECOND = Duration.ofSeconds(1);
    static final Duration DAY = Duration.ofDays(1);
    static final BigDecimal TEN = new BigDecimal("10");
    static final BigDecimal MAX = new BigDecimal("30");

    static Deadline accepting(BigDecimal percentPerDay, Instant cutoff) {
        return new Deadline(DUE, LatePolicy.ACCEPT, percentPerDay, cutoff);
    }

    static Deadline rejecting() {
        return new Deadline(DUE, LatePolicy.REJECT, BigDecimal.ZERO, null);
    }

    @Nested
    class Lateness {

        @Test
        void workExactlyAtTheDueDateIsOnTime() {
            assertThat(rejecting().isLate(DUE)).isFalse();
            assertThat(rejecting().startedDaysLate(DUE)).isZero();
        }

        @Test
        void workOneSecondAfterTheDueDateIsLateByOneStartedDay() {
            assertThat(rejecting().isLate(DUE.plus(SECOND))).isTrue();
            assertThat(rejecting().startedDaysLate(DUE.plus(SECOND))).isEqualTo(1);
        }

        @Test
        void everyStartedDayCountsWhole() {
            Deadline deadline = accepting(TEN, null);
            assertThat(deadline.startedDaysLate(DUE.plus(DAY))).isEqualTo(1);
            assertThat(deadline.startedDaysLate(DUE.plus(DAY).plus(SECOND))).isEqualTo(2);
            assertThat(deadline.startedDaysLate(DUE.plus(DAY).plusNanos(1))).isEqualTo(2);
            assertThat(deadline.startedDaysLate(DUE.plus(DAY.multipliedBy(2)))).isEqualTo(2);
            assertThat(deadline.startedDaysLate(DUE.plus(Duration.ofHours(50)))).isEqualTo(3);
        }

        @Test
        void workBeforeTheDueDateIsNeverLate() {
            assertThat(rejecting().isLate(DUE.minus(SECOND))).isFalse();
            assertThat(rejecting().startedDaysLate(DUE.minus(DAY))).isZero();
        }
    }

    @Nested
    class Acceptance {

        @Test
        void rejectingPolicyAcceptsUntilTheDueDateAndNothingAfter() {
            assertThat(rejecting().accepts(DUE.minus(DAY))).isTrue();
            assertThat(rejecting().accepts(DUE)).isTrue();
            assertThat(rejecting().accepts(DUE.plus(SECOND))).isFalse();
        }

        @Test
        void acceptingPolicyAcceptsLateWorkUpToAndIncludingTheCutoff() {
            Deadline deadline = accepting(TEN, CUTOFF);
            assertThat(deadline.accepts(DUE.plus(SECOND))).isTrue();
            assertThat(deadline.accepts(CUTOFF.minus(SECOND))).isTrue();
            assertThat(deadline.accepts(CUTOFF)).isTrue();
            assertThat(deadline.accepts(CUTOFF.plus(SECOND))).isFalse();
        }

        @Test
        void withoutACutoffLateWorkIsAlwaysAccepted() {
            assertThat(accepting(TEN, null).accepts(DUE.plus(Duration.ofDays(365)))).isTrue();
        }

        @Test
        void aSubmissionCanBeReplacedUntilTheDueDateOnly() {
            Deadline deadline = accepting(TEN, CUTOFF);
            assertThat(deadline.replaceable(DUE.minus(SECOND))).isTrue();
            assertThat(deadline.replaceable(DUE)).isTrue();
            assertThat(deadline.replaceable(DUE.plus(SECOND))).isFalse();
        }

        @Test
        void refusesInconsistentPolicies() {
            assertThatThrownBy(() -> new Deadline(DUE, LatePolicy.REJECT, BigDecimal.ZERO, CUTOFF))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> accepting(TEN, DUE.minus(SECOND))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> accepting(new BigDecimal("101"), null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> accepting(new BigDecimal("-1"), null)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Penalties {

        @Test
        void onTimeWorkLosesNothing() {
            Penalty penalty = accepting(TEN, CUTOFF).penalty(new BigDecimal("24"), MAX, DUE);
            assertThat(penalty.applies()).isFalse();
            assertThat(penalty.percent()).isEqualByComparingTo("0");
            assertThat(penalty.finalPoints()).isEqualByComparingTo("24");
        }

        @Test
        void lateWorkLosesAPercentOfTheMaximumPerStartedDay() {
            Deadline deadline = accepting(TEN, CUTOFF);
            Penalty oneSecond = deadline.penalty(new BigDecimal("24"), MAX, DUE.plus(SECOND));
            assertThat(oneSecond.daysLate()).isEqualTo(1);
            assertThat(oneSecond.percent()).isEqualByComparingTo("10");
            assertThat(oneSecond.points()).isEqualByComparingTo("3");
            assertThat(oneSecond.finalPoints()).isEqualByComparingTo("21");

            Penalty atCutoff = deadline.penalty(new BigDecimal("24"), MAX, CUTOFF);
            assertThat(atCutoff.daysLate()).isEqualTo(3);
            assertThat(atCutoff.percent()).isEqualByComparingTo("30");
            assertThat(atCutoff.points()).isEqualByComparingTo("9");
            assertThat(atCutoff.finalPoints()).isEqualByComparingTo("15");
        }

        @Test
        void thePenaltyNeverTakesTheGradeBelowZero() {
            Deadline deadline = accepting(new BigDecimal("40"), null);
            Penalty penalty = deadline.penalty(new BigDecimal("5"), MAX, DUE.plus(DAY.multipliedBy(2)));
            assertThat(penalty.percent()).isEqualByComparingTo("80");
            assertThat(penalty.points()).isEqualByComparingTo("5");
            assertThat(penalty.finalPoints()).isEqualByComparingTo("0");
        }

        @Test
        void thePercentStopsAtOneHundred() {
            Deadline deadline = accepting(new BigDecimal("30"), null);
            Penalty penalty = deadline.penalty(MAX, MAX, DUE.plus(DAY.multipliedBy(10)));
            assertThat(penalty.percent()).isEqualByComparingTo("100");
            assertThat(penalty.points()).isEqualByComparingTo("30");
            assertThat(penalty.finalPoints()).isEqualByComparingTo("0");
        }

        @Test
        void fractionsAreRoundedToHundredths() {
            Deadline deadline = accepting(new BigDecimal("7.5"), null);
            Penalty penalty = deadline.penalty(new BigDecimal("15"), new BigDecimal("20.33"), DUE.plus(SECOND));
            assertThat(penalty.points()).isEqualByComparingTo("1.52");
            assertThat(penalty.finalPoints()).isEqualByComparingTo("13.48");
        }

        @Test
        void aZeroPenaltyAcceptsLateWorkAtFullValue() {
            Penalty penalty = accepting(BigDecimal.ZERO, null).penalty(MAX, MAX, DUE.plus(DAY.multipliedBy(5)));
            assertThat(penalty.daysLate()).isEqualTo(5);
            assertThat(penalty.applies()).isFalse();
            assertThat(penalty.finalPoints()).isEqualByComparingTo("30");
        }

        @Test
        void aRejectingPolicyHasNoPenalty() {
            assertThat(rejecting().penaltyPercent(DUE.plus(DAY))).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Status {

        final Deadline deadline = accepting(TEN, CUTOFF);

        @Test
        void nothingHandedInIsPendingUntilAndIncludingTheDueDate() {
            assertThat(deadline.status(null, false, DUE.minus(DAY))).isEqualTo(SubmissionStatus.PENDING);
            assertThat(deadline.status(null, false, DUE)).isEqualTo(SubmissionStatus.PENDING);
        }

        @Test
        void nothingHandedInIsMissingOneSecondAfterTheDueDate() {
            assertThat(deadline.status(null, false, DUE.plus(SECOND))).isEqualTo(SubmissionStatus.MISSING);
            assertThat(deadline.status(null, false, CUTOFF.plus(DAY))).isEqualTo(SubmissionStatus.MISSING);
        }

        @Test
        void workHandedInByTheDueDateIsSubmittedAndAfterItLate() {
            assertThat(deadline.status(DUE, false, DUE.plus(DAY))).isEqualTo(SubmissionStatus.SUBMITTED);
            assertThat(deadline.status(DUE.plus(SECOND), false, DUE.plus(DAY))).isEqualTo(SubmissionStatus.LATE);
        }

        @Test
        void aReleasedGradeMakesItGradedWhetherOnTimeOrLate() {
            assertThat(deadline.status(DUE, true, DUE.plus(DAY))).isEqualTo(SubmissionStatus.GRADED);
            assertThat(deadline.status(DUE.plus(DAY), true, DUE.plus(DAY))).isEqualTo(SubmissionStatus.GRADED);
        }
    }
}
