package org.vidya.coursework.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Assignments extends JpaRepository<Assignment, UUID> {

    List<Assignment> findByCourseIdOrderByDueAtAscIdAsc(UUID courseId);

    List<Assignment> findByPublishedTrueOrderByDueAtAscIdAsc();

    List<Assignment> findAllByOrderByDueAtAscIdAsc();
}
