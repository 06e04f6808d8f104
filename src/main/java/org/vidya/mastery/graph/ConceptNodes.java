package org.vidya.mastery.graph;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConceptNodes extends JpaRepository<ConceptNode, UUID> {

    List<ConceptNode> findAllByOrderByKey();
}
