package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When an assignment is due and what happens after: the rules for accepting, replacing and
 * penalizing work, and for a learner's status. Exactly at the due date is on time; one
 * instant later is late. A cut-off is inclusive too: work arriving exactly at it is accepted.
 *
 * @param due                  the due date
 * @param policy               whether late work is accepted
 * @param penaltyPercentPerDay percent of the maximum points taken off per started day late (0 to 100)
 * @param cutoff               with {@link LatePolicy#ACCEPT}, the last moment late work is accepted; none: no end
 */
public record Deadline(Instant due, LatePolicy policy, BigDecimal penaltyPercentPerDay, @Nullable Instant cutoff) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Duration DAY = Duration.ofDays(1);

    public Deadline {
        if (penaltyPercentPerDay.signum() < 0 || penaltyPercentPerDay.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("penalty per day must be between 0 and 100 percent");
        }
        if (policy == LatePolicy.REJECT && cutoff != null) {
            throw new IllegalArgumentException("a cut-off needs late work to be accepted");
        }
        if (cutoff != null && cutoff.isBefore(due)) {
            throw new IllegalArgumentException("the cut-off cannot be before the due date");
        }
    }

    /** Whether work handed in at this moment is late. */
    public boolean isLate(Instant at) {
        return at.isAfter(due);
    }

    /** Whether a first submission at this moment is accepted at all. */
    public boolean accepts(Instant at) {
        if (!isLate(at)) {
            return true;
        }
        return policy == LatePolicy.ACCEPT && (cutoff == null || !at.isAfter(cutoff));
    }

    /** Whether a submission may still be replaced at this moment: only until the due date. */
    public boolean replaceable(Instant at) {
        return !isLate(at);
    }

    /** Started days late: one instant after the due date is one day, exactly 24 hours is still one. */
    public long startedDaysLate(Instant at) {
        if (!isLate(at)) {
            return 0;
        }
        Duration late = Duration.between(due, at);
        long whole = late.dividedBy(DAY);
        return late.equals(DAY.multipliedBy(whole)) ? whole : whole + 1;
    }

    /** The percent taken off for work handed in at this moment: per started day, at most 100. */
    public BigDecimal penaltyPercent(Instant submittedAt) {
        if (policy != LatePolicy.ACCEPT) {
            return BigDecimal.ZERO;
        }
        BigDecimal percent = penaltyPercentPerDay.multiply(BigDecimal.valueOf(startedDaysLate(submittedAt)));
        return percent.min(HUNDRED).stripTrailingZeros();
    }

    /**
     * The penalty on {@code points} earned for work handed in at {@code submittedAt}: a percent
     * of {@code maxPoints}, rounded to hundredths, never more than the points earned.
     */
    public Penalty penalty(BigDecimal points, BigDecimal maxPoints, Instant submittedAt) {
        BigDecimal percent = penaltyPercent(submittedAt);
        BigDecimal off = maxPoints.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        BigDecimal earned = points.max(BigDecimal.ZERO);
        off = off.min(earned);
        return new Penalty(startedDaysLate(submittedAt), percent, off.setScale(2, RoundingMode.HALF_UP),
                earned.subtract(off).setScale(2, RoundingMode.HALF_UP));
    }

    /** A learner's status: see {@link SubmissionStatus}. */
    public SubmissionStatus status(@Nullable Instant submittedAt, boolean gradeReleased, Instant now) {
        if (submittedAt != null && gradeReleased) {
            return SubmissionStatus.GRADED;
        }
        if (submittedAt != null) {
            return isLate(submittedAt) ? SubmissionStatus.LATE : SubmissionStatus.SUBMITTED;
        }
        return isLate(now) ? SubmissionStatus.MISSING : SubmissionStatus.PENDING;
    }
}
