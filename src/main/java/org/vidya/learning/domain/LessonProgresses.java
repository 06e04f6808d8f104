package org.vidya.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LessonProgresses extends JpaRepository<LessonProgress, UUID> {

    /** Records the first view of a lesson; 0 when the learner had already started it. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into learning_lesson_progress
                (id, tenant_id, learner_id, course_id, module_id, lesson_id, started_at, last_seen_at, seconds_spent)
            values (:id, :tenantId, :learnerId, :courseId, :moduleId, :lessonId, :now, :now, 0)
            on conflict do nothing""")
    int startIfAbsent(UUID id, UUID tenantId, UUID learnerId, UUID courseId, UUID moduleId, UUID lessonId,
            Instant now);

    /** Completes a started lesson; 1 only for the request that completed it, 0 for every later one. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            update learning_lesson_progress set completed_at = :now, last_seen_at = :now
            where tenant_id = :tenantId and learner_id = :learnerId and lesson_id = :lessonId
              and completed_at is null""")
    int completeIfOpen(UUID tenantId, UUID learnerId, UUID lessonId, Instant now);

    Optional<LessonProgress> findByLearnerIdAndLessonId(UUID learnerId, UUID lessonId);

    List<LessonProgress> findByLearnerIdAndCourseId(UUID learnerId, UUID courseId);

    List<LessonProgress> findByCourseIdAndLearnerIdIn(UUID courseId, Collection<UUID> learnerIds);
}
