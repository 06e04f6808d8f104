package org.vidya.catalog.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.DomainId;
import org.vidya.catalog.TrackId;
import org.vidya.platform.TenantId;

/**
 * A track with its courses in order. For authors {@code courses} holds every course of the
 * track (drafts too); {@code revision} is what a new order must be sent with.
 */
public record TrackView(TrackId id, TenantId owner, String slug, LocalizedText title,
        @Nullable LocalizedText description, @Nullable DomainId domain, long revision, List<CourseId> courses) {
}
