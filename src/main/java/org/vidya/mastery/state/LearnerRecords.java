package org.vidya.mastery.state;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface LearnerRecords extends JpaRepository<LearnerRecord, UUID> {

    Optional<LearnerRecord> findByLearnerId(UUID learnerId);

    /** The learner, locked until the transaction ends: updates of one learner run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from LearnerRecord l where l.learnerId = :learnerId")
    Optional<LearnerRecord> lock(UUID learnerId);
}
