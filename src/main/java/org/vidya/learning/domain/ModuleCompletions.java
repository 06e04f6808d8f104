package org.vidya.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ModuleCompletions extends JpaRepository<ModuleCompletion, UUID> {

    /** Records a completed module; 1 the first time, 0 when it was already recorded. */
    @Modifying(flushAutomatically = true)
    @Query(nativeQuery = true, value = """
            insert into learning_module_completion (id, tenant_id, learner_id, course_id, module_id, completed_at)
            values (:id, :tenantId, :learnerId, :courseId, :moduleId, :now)
            on conflict do nothing""")
    int recordIfAbsent(UUID id, UUID tenantId, UUID learnerId, UUID courseId, UUID moduleId, Instant now);

    List<ModuleCompletion> findByLearnerIdAndCourseId(UUID learnerId, UUID courseId);
}
