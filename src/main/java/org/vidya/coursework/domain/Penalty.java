package org.vidya.coursework.domain;

import java.math.BigDecimal;

/**
 * The late penalty on a grade.
 *
 * @param daysLate    started days between the due date and the submission (0 when on time)
 * @param percent     percent of the maximum points taken off (0 to 100)
 * @param points      points taken off; never more than the points earned
 * @param finalPoints the points that count: earned points minus the penalty, never below zero
 */
public record Penalty(long daysLate, BigDecimal percent, BigDecimal points, BigDecimal finalPoints) {

    public boolean applies() {
        return points.signum() > 0;
    }
}
