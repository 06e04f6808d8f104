package org.vidya.assessment.quiz;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of attempts ({@code vidya.assessment.*}).
 *
 * @param grace              how long after a deadline a save or submit is still accepted (a slow network)
 * @param autoSubmitInterval how often overdue attempts are submitted and unstarted ones abandoned
 * @param saveWriters        threads writing autosaves (each drains the queue in batches)
 * @param saveTimeout        how long a save waits for its commit before the client is asked to retry
 */
@ConfigurationProperties("vidya.assessment")
public record AttemptProperties(@DefaultValue("60s") Duration grace,
        @DefaultValue("15s") Duration autoSubmitInterval, @DefaultValue("2") int saveWriters,
        @DefaultValue("10s") Duration saveTimeout) {
}
