package org.vidya.learning.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Enrollments extends JpaRepository<Enrollment, UUID> {

    Optional<Enrollment> findByLearnerIdAndCourseId(UUID learnerId, UUID courseId);

    /** The enrollment, locked until the transaction ends: a learner's requests in one course take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrollment e where e.learnerId = :learnerId and e.courseId = :courseId")
    Optional<Enrollment> lockByLearnerAndCourse(UUID learnerId, UUID courseId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrollment e where e.id = :id")
    Optional<Enrollment> lockById(UUID id);

    List<Enrollment> findByLearnerIdAndStatusAndIdGreaterThanOrderById(UUID learnerId, Enrollment.Status status,
            UUID after, Limit limit);

    List<Enrollment> findByLearnerIdAndStatusOrderByEnrolledAtDesc(UUID learnerId, Enrollment.Status status);

    List<Enrollment> findByCourseIdAndStatus(UUID courseId, Enrollment.Status status);

    List<Enrollment> findByAssignmentId(UUID assignmentId);

    List<Enrollment> findByCourseIdAndLearnerIdIn(UUID courseId, Collection<UUID> learnerIds);

    boolean existsByLearnerIdAndCourseIdAndStatus(UUID learnerId, UUID courseId, Enrollment.Status status);
}
