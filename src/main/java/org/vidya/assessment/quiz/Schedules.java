package org.vidya.assessment.quiz;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Schedules extends JpaRepository<Schedule, UUID> {

    List<Schedule> findByClassIdInOrderByOpensAt(Collection<UUID> classIds);

    List<Schedule> findByQuizIdOrderByOpensAt(UUID quizId);

    boolean existsByQuizId(UUID quizId);
}
