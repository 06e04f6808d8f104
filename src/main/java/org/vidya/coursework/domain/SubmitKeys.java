package org.vidya.coursework.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubmitKeys extends JpaRepository<SubmitKey, UUID> {

    Optional<SubmitKey> findByLearnerIdAndIdempotencyKey(UUID learnerId, String idempotencyKey);
}
