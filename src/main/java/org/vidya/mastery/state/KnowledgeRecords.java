package org.vidya.mastery.state;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface KnowledgeRecords extends JpaRepository<KnowledgeRecord, UUID> {

    List<KnowledgeRecord> findByLearnerIdOrderByConcept(UUID learnerId);

    Optional<KnowledgeRecord> findByLearnerIdAndConcept(UUID learnerId, String concept);

    List<KnowledgeRecord> findByLearnerIdAndConceptIn(UUID learnerId, Collection<String> concepts);

    List<KnowledgeRecord> findByLearnerIdInOrderByConcept(Collection<UUID> learnerIds);

    /** Seed 004 query 1: rows whose review is due, weakest first; a range scan of the due index. */
    @Query("""
            select k from KnowledgeRecord k
            where k.learnerId = :learnerId and k.nextReview <= :now
            order by k.mastery, k.nextReview, k.concept""")
    List<KnowledgeRecord> due(UUID learnerId, Instant now, Limit limit);
}
