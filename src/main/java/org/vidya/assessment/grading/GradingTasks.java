package org.vidya.assessment.grading;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GradingTasks extends JpaRepository<GradingTask, UUID> {

    Optional<GradingTask> findByAttemptIdAndSlot(UUID attemptId, String slot);

    List<GradingTask> findByAttemptId(UUID attemptId);

    long countByAttemptIdAndStatus(UUID attemptId, GradingTask.Status status);

    @Query("""
            select t from GradingTask t
            where t.status = :status and t.id > :after
              and (:quiz is null or t.quizId = :quiz)
              and (:schedule is null or t.scheduleId = :schedule)
            order by t.id""")
    List<GradingTask> queue(GradingTask.Status status, @Nullable UUID quiz, @Nullable UUID schedule, UUID after,
            Limit limit);
}
