package org.vidya.mastery.state;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.vidya.mastery.EvidenceSource;

interface ResponseRecords extends JpaRepository<ResponseRecord, UUID> {

    /** A learner's whole log in the order it happened (a rebuild). */
    @Query("select r from ResponseRecord r where r.learnerId = :learnerId order by r.answeredAt, r.id")
    List<ResponseRecord> history(UUID learnerId);

    @Query("""
            select min(r.answeredAt) from ResponseRecord r
            where r.learnerId = :learnerId and r.source = :source and r.sourceId = :sourceId""")
    Optional<Instant> firstAnswer(UUID learnerId, EvidenceSource source, UUID sourceId);

    @Modifying
    @Query("delete from ResponseRecord r where r.learnerId = :learnerId and r.source = :source and r.sourceId = :sourceId")
    int deleteBatch(UUID learnerId, EvidenceSource source, UUID sourceId);

    @Query("""
            select distinct r.itemId from ResponseRecord r
            where r.learnerId = :learnerId and r.answeredAt >= :since and r.itemId is not null""")
    List<UUID> itemsSeenSince(UUID learnerId, Instant since);

    @Query("""
            select r from ResponseRecord r
            where r.itemId = :itemId
            order by r.answeredAt desc""")
    List<ResponseRecord> gradedResponses(UUID itemId, Limit limit);

    @Query("""
            select distinct r.itemId from ResponseRecord r
            where r.answeredAt >= :since and r.itemId is not null""")
    List<UUID> itemsAnsweredSince(Instant since, Limit limit);
}
