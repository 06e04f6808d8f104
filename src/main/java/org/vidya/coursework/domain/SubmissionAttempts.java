package org.vidya.coursework.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionAttempts extends JpaRepository<SubmissionAttempt, UUID> {

    List<SubmissionAttempt> findBySubmissionIdOrderByNumberAsc(UUID submissionId);

    List<SubmissionAttempt> findBySubmissionIdIn(java.util.Collection<UUID> submissionIds);
}
