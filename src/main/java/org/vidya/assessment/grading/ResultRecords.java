package org.vidya.assessment.grading;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ResultRecords extends JpaRepository<ResultRecord, UUID> {

    List<ResultRecord> findByScheduleId(UUID scheduleId);

    List<ResultRecord> findByQuizId(UUID quizId);

    /** The result, locked until the transaction ends, so that scores of one attempt are applied one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ResultRecord r where r.id = :id")
    Optional<ResultRecord> lockById(UUID id);
}
