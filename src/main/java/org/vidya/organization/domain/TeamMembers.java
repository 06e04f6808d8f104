package org.vidya.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TeamMembers extends JpaRepository<TeamMember, UUID> {

    List<TeamMember> findByTeamIdOrderByCreatedAt(UUID teamId);

    List<TeamMember> findByUserId(UUID userId);

    Optional<TeamMember> findByTeamIdAndUserId(UUID teamId, UUID userId);

    void deleteByTeamId(UUID teamId);

    void deleteByUserId(UUID userId);
}
