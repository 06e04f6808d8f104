package org.vidya.identity.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SigningKeys extends JpaRepository<SigningKey, String> {

    List<SigningKey> findAllByOrderByCreatedAtDesc();
}
