package org.vidya.assessment.grading;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemScoreRecords extends JpaRepository<ItemScoreRecord, UUID> {

    List<ItemScoreRecord> findByAttemptIdOrderBySectionIndexAscIdAsc(UUID attemptId);

    List<ItemScoreRecord> findByAttemptIdIn(Collection<UUID> attemptIds);
}
