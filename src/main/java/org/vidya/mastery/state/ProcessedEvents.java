package org.vidya.mastery.state;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.vidya.mastery.EvidenceSource;

interface ProcessedEvents extends JpaRepository<ProcessedEvent, UUID> {

    boolean existsBySourceAndSourceId(EvidenceSource source, UUID sourceId);
}
