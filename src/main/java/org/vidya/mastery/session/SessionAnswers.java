package org.vidya.mastery.session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionAnswers extends JpaRepository<SessionAnswer, SessionAnswer.Key> {

    List<SessionAnswer> findBySessionIdOrderBySequence(UUID sessionId);

    Optional<SessionAnswer> findBySessionIdAndSequence(UUID sessionId, int sequence);

    @Query("select distinct a.itemId from SessionAnswer a where a.learnerId = :learner and a.answeredAt >= :since")
    List<UUID> itemsSince(UUID learner, Instant since);
}
