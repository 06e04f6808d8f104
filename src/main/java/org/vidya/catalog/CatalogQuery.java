package org.vidya.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Filters for browsing published courses; {@code text} matches title, description and
 * category (case-insensitive). Null fields do not filter.
 */
public record CatalogQuery(@Nullable String text, @Nullable CourseLevel level, @Nullable String category,
        @Nullable TrackId track, @Nullable Boolean paid) {

    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, null);
    }
}
