package org.vidya.coursework.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Submissions extends JpaRepository<Submission, UUID> {

    Optional<Submission> findByAssignmentIdAndLearnerId(UUID assignmentId, UUID learnerId);

    List<Submission> findByAssignmentId(UUID assignmentId);

    List<Submission> findByLearnerIdAndAssignmentIdIn(UUID learnerId, Collection<UUID> assignmentIds);

    boolean existsByAssignmentId(UUID assignmentId);

    boolean existsByAssignmentIdAndGradePointsNotNull(UUID assignmentId);

    long countByGradePointsIsNull();
}
