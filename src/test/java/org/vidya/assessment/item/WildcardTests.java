package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WildcardTests {

    @Test
    void starMatchesAnyRunIncludingNone() {
        assertThat(Wildcard.matches("Par*", "Par", false)).isTrue();
        assertThat(Wildcard.matches("*is", "Paris", false)).isTrue();
        assertThat(Wildcard.matches("P*r*s", "Parrots", false)).isTrue();
        assertThat(Wildcard.matches("P*r*s", "Parrot", false)).isFalse();
        assertThat(Wildcard.matches("*", "", false)).isTrue();
        assertThat(Wildcard.matches("a*b*c", "aXbYbZc", false)).isTrue();
    }

    @Test
    void normalizesSpacesAndCase() {
        assertThat(Wildcard.normalize("  new \t  delhi ")).isEqualTo("new delhi");
        assertThat(Wildcard.matches("New Delhi", " new   delhi", false)).isTrue();
        assertThat(Wildcard.matches("New Delhi", "new delhi", true)).isFalse();
        assertThat(Wildcard.matches("straße", "STRASSE", false)).isFalse();
        assertThat(Wildcard.matches("Ωmega", "ωMEGA", false)).isTrue();
    }
}
