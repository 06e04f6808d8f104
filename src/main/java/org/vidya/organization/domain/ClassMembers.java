package org.vidya.organization.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassMembers extends JpaRepository<ClassMember, UUID> {

    List<ClassMember> findByClassIdOrderByCreatedAt(UUID classId);

    List<ClassMember> findByUserId(UUID userId);

    Optional<ClassMember> findByClassIdAndUserId(UUID classId, UUID userId);

    long countByClassIdAndRole(UUID classId, ClassMember.ClassRole role);

    void deleteByClassId(UUID classId);

    void deleteByUserId(UUID userId);
}
