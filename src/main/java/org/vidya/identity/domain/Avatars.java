package org.vidya.identity.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Avatars extends JpaRepository<Avatar, UUID> {
}
