package org.vidya.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuardianLinks extends JpaRepository<GuardianLink, UUID> {

    List<GuardianLink> findByParentIdOrderByCreatedAt(UUID parentId);

    List<GuardianLink> findByChildIdOrderByCreatedAt(UUID childId);

    List<GuardianLink> findAllByOrderByCreatedAtDesc();

    Optional<GuardianLink> findByParentIdAndChildId(UUID parentId, UUID childId);
}
