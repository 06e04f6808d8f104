package org.vidya.mastery.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface StudySessions extends JpaRepository<StudySession, UUID> {

    Optional<StudySession> findByIdAndLearnerId(UUID id, UUID learnerId);

    Optional<StudySession> findByOpenKey(String openKey);

    List<StudySession> findTop20ByLearnerIdAndKindOrderByCreatedAtDesc(UUID learnerId, SessionKind kind);
}
