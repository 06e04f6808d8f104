package org.vidya.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list ordered by time-ordered id. {@code nextCursor} is opaque to clients and
 * absent on the last page.
 */
public record CursorPage<T>(List<T> items, @Nullable String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** Builds a page from {@code limit + 1} fetched rows: the extra row only says "there is more". */
    public static <E, T> CursorPage<T> of(List<E> fetched, int limit, Function<E, UUID> idOf, Function<E, T> mapper) {
        boolean more = fetched.size() > limit;
        List<E> page = more ? fetched.subList(0, limit) : fetched;
        String next = more ? encode(idOf.apply(page.get(page.size() - 1))) : null;
        return new CursorPage<>(page.stream().map(mapper).toList(), next);
    }

    public static String encode(UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The id after which the next page starts; the smallest UUID for the first page. */
    public static UUID after(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            // Databases order UUIDs as unsigned bytes, so the nil UUID is the smallest there;
            // Java's signed minimum (8000…) would skip every version 7 id of this century.
            return new UUID(0L, 0L);
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("cursor", "invalid-cursor", "The cursor is not one this API gave out.");
        }
    }

    public static int limit(@Nullable Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ApiException.invalid("limit", "out-of-range", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return requested;
    }
}
