package org.vidya.assessment.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Attempts extends JpaRepository<Attempt, UUID> {

    /** The attempt, locked until the transaction ends, so that submits of one attempt take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lock(@Param("id") UUID id);

    @Query("select a from Attempt a where a.scopeId = :scope and a.learnerId = :learner order by a.number")
    List<Attempt> inScope(@Param("scope") UUID scope, @Param("learner") UUID learner);

    List<Attempt> findByScheduleId(UUID scheduleId);

    List<Attempt> findByLearnerIdAndScopeIdIn(UUID learnerId, Collection<UUID> scopes);

    boolean existsByQuizId(UUID quizId);

    @Query("select a from Attempt a where a.status in :statuses and a.answerKey like :pattern")
    List<Attempt> withKeyContaining(@Param("statuses") Collection<AttemptStatus> statuses,
            @Param("pattern") String pattern);
}
