package org.vidya.organization.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Invitations extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByIdLessThanOrderByIdDesc(UUID before, Limit limit);

    long countByStatus(Invitation.Status status);

    long countByStatusAndExpiresAtAfter(Invitation.Status status, Instant now);
}
