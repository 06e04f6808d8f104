package org.vidya.catalog.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectDomains extends JpaRepository<SubjectDomain, UUID> {

    Optional<SubjectDomain> findBySlug(String slug);

    List<SubjectDomain> findAllByOrderBySlug();
}
