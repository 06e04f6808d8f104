package org.vidya.catalog.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Assets extends JpaRepository<Asset, UUID> {

    /** An asset without its bytes. */
    record Info(String name, String contentType, int size, Instant createdAt) {
    }

    Optional<Asset> findByCourseIdAndName(UUID courseId, String name);

    boolean existsByCourseIdAndName(UUID courseId, String name);

    @Query("select new org.vidya.catalog.domain.Assets$Info(a.name, a.contentType, a.size, a.createdAt)"
            + " from Asset a where a.courseId = ?1 order by a.name")
    List<Info> infos(UUID courseId);

    @Query("select coalesce(sum(a.size), 0) from Asset a where a.courseId = ?1")
    long totalSize(UUID courseId);

    void deleteByCourseId(UUID courseId);
}
