package org.vidya.assessment.quiz;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Quizzes extends JpaRepository<Quiz, UUID> {

    List<Quiz> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

    List<Quiz> findAllByOrderByCreatedAtDesc();

    List<Quiz> findByKindInOrderByTitle(List<QuizKind> kinds);

    List<Quiz> findByPersonalForAndPersonalKindAndCreatedAtGreaterThanEqualOrderByCreatedAtDesc(UUID learner,
            String kind, java.time.Instant since);
}
