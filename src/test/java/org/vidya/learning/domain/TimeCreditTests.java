package org.vidya.learning.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A heartbeat credits what it claims, never more than the time really passed, at most 60 s. */
class TimeCreditTests {

    static final Instant SEEN = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void creditsTheClaimedSecondsWhenThatMuchTimePassed() {
        assertThat(TimeCredit.credit(30, SEEN, SEEN.plusSeconds(31))).isEqualTo(30);
    }

    @Test
    void neverCreditsMoreThanTheTimeThatReallyPassed() {
        assertThat(TimeCredit.credit(45, SEEN, SEEN.plusSeconds(10))).isEqualTo(10);
        assertThat(TimeCredit.credit(45, SEEN, SEEN)).as("a second tab at the same moment").isZero();
    }

    @Test
    void neverCreditsMoreThanSixtySecondsForOneHeartbeat() {
        assertThat(TimeCredit.credit(3600, SEEN, SEEN.plusSeconds(7200))).isEqualTo(TimeCredit.MAX_SECONDS);
    }

    @Test
    void negativeClaimsAndClocksGoingBackCreditNothing() {
        assertThat(TimeCredit.credit(-5, SEEN, SEEN.plusSeconds(30))).isZero();
        assertThat(TimeCredit.credit(20, SEEN, SEEN.minusSeconds(30))).isZero();
    }
}
