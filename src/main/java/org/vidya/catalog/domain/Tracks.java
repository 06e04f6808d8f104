package org.vidya.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tracks extends JpaRepository<Track, UUID> {

    Optional<Track> findBySlug(String slug);

    List<Track> findAllByOrderBySlug();

    boolean existsByDomainId(UUID domainId);
}
