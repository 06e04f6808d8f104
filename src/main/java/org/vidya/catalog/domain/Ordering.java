package org.vidya.catalog.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.vidya.platform.ApiException;

/**
 * A new order of things (modules, lessons, blocks, a track's courses) is accepted only when it
 * was made from the current state: exactly the current ids, each once, sent with the current
 * revision. Anything else would silently undo someone else's change.
 */
final class Ordering {

    private Ordering() {
    }

    static void check(List<UUID> current, List<UUID> proposed, long currentRevision, long expectedRevision) {
        Set<UUID> unique = new HashSet<>(proposed);
        if (expectedRevision != currentRevision || unique.size() != proposed.size()
                || proposed.size() != current.size() || !unique.equals(new HashSet<>(current))) {
            throw new ApiException(HttpStatus.CONFLICT, "stale-order",
                    "The order was made from an outdated view: reload and arrange again.")
                    .with("revision", currentRevision);
        }
    }
}
