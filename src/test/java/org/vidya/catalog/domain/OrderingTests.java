package org.vidya.catalog.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new order is taken only when it was made from the current state. */
class OrderingTests {

    final UUID a = UUID.randomUUID();
    final UUID b = UUID.randomUUID();
    final UUID c = UUID.randomUUID();
    final List<UUID> current = List.of(a, b, c);

    @Test
    void acceptsEveryCurrentIdOnceAtTheCurrentRevision() {
        assertThatCode(() -> Ordering.check(current, List.of(c, a, b), 7, 7)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOrderMadeFromAnOlderRevision() {
        assertStale(List.of(c, a, b), 6);
    }

    @Test
    void refusesMissingExtraOrRepeatedIds() {
        assertStale(List.of(c, a), 7);
        assertStale(List.of(c, a, b, UUID.randomUUID()), 7);
        assertStale(List.of(c, a, a), 7);
        assertStale(List.of(c, a, UUID.randomUUID()), 7);
    }

    private void assertStale(List<UUID> proposed, long revision) {
        assertThatThrownBy(() -> Ordering.check(current, proposed, 7, revision))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("stale-order");
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.properties()).containsEntry("revision", 7L);
                });
    }
}
