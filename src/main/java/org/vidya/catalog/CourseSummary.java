package org.vidya.catalog;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.TenantId;

/**
 * A published course in a list, its text in the asked locale (falling back to the course's
 * default locale). {@code owner} is {@link TenantId#PLATFORM} for platform-wide courses.
 */
public record CourseSummary(CourseId id, TenantId owner, String title, String description, CourseLevel level,
        String category, BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price,
        EnrollmentPolicy enrollment, int modules, int lessons, @Nullable TrackId track,
        @Nullable String trackTitle, @Nullable String domainTitle) {

    public boolean platformWide() {
        return TenantId.PLATFORM.equals(owner);
    }
}
