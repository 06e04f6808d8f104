package org.vidya.mastery.graph;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrerequisiteEdges extends JpaRepository<PrerequisiteEdge, UUID> {

    List<PrerequisiteEdge> findAllByOrderByConceptAscPrerequisiteAsc();
}
