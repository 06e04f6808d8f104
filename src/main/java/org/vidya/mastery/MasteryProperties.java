package org.vidya.mastery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mastery engine ({@code vidya.mastery.*}).
 *
 * @param targetRetention         recall the review scheduler aims for: a concept is due when recall falls to it
 * @param masteredThreshold       mastery at which a concept counts as mastered (paths skip it, phases count it)
 * @param revealThreshold         mastery every HARD prerequisite needs before a concept is revealed
 * @param weeklyItems             items in a weekly adaptive test
 * @param weeklyFreshWeeks        items seen in this many weeks are left out of a weekly test
 * @param weeklyTimeLimit         time limit of a weekly adaptive test
 * @param diagnosticTargetError   the diagnostic stops once the ability's standard error is at most this
 * @param diagnosticMaxItems      the diagnostic stops after this many items in any case
 * @param calibrationInterval     how often the calibration job re-estimates item parameters
 * @param calibrationMinResponses graded answers an item needs before it is calibrated
 */
@ConfigurationProperties("vidya.mastery")
public record MasteryProperties(@DefaultValue("0.9") double targetRetention,
        @DefaultValue("0.8") double masteredThreshold, @DefaultValue("0.7") double revealThreshold,
        @DefaultValue("25") int weeklyItems, @DefaultValue("4") int weeklyFreshWeeks,
        @DefaultValue("45m") Duration weeklyTimeLimit, @DefaultValue("0.3") double diagnosticTargetError,
        @DefaultValue("30") int diagnosticMaxItems, @DefaultValue("6h") Duration calibrationInterval,
        @DefaultValue("30") int calibrationMinResponses) {
}
