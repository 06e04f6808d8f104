package org.vidya.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.TenantId;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Published versions, parsed and rendered once. A version never changes, so the cache key
 * (course, version) never goes stale and needs no eviction across nodes: which version is
 * current is always read from the course row.
 */
@Component
class PublishedCourses {

    private record Key(UUID course, int version) {
    }

    private final Cache<Key, RenderedCourse> cache = Caffeine.newBuilder()
            .maximumSize(500)
            .expireAfterAccess(Duration.ofHours(12))
            .build();

    private final CourseVersions versions;
    private final TenantTransactions transactions;

    PublishedCourses(CourseVersions versions, TenantTransactions transactions) {
        this.versions = versions;
        this.transactions = transactions;
    }

    RenderedCourse get(TenantId owner, UUID course, int version) {
        return cache.get(new Key(course, version), key -> load(owner, key));
    }

    private RenderedCourse load(TenantId owner, Key key) {
        String json = transactions.read(owner, () -> versions.findByCourseIdAndNumber(key.course(), key.version())
                .map(CourseVersion::content)
                .orElseThrow(() -> new IllegalStateException("Course " + key.course() + " has no version "
                        + key.version())));
        return new RenderedCourse(owner, key.version(), CourseFormat.read(json.getBytes(StandardCharsets.UTF_8)));
    }
}
