package org.vidya.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Courses extends JpaRepository<Course, UUID> {

    Optional<Course> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Course> findAllByOrderByUpdatedAtDesc();

    List<Course> findByPublishedTrue();

    List<Course> findByTrackIdOrderByTrackPosition(UUID trackId);

    List<Course> findByTrackIdIn(Collection<UUID> trackIds);

    @Query("select coalesce(max(c.trackPosition), 0) from Course c where c.trackId = ?1")
    int lastTrackPosition(UUID trackId);
}
