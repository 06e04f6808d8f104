package org.vidya.organization.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Teams extends JpaRepository<Team, UUID> {

    List<Team> findByIdGreaterThanOrderById(UUID after, Limit limit);

    List<Team> findByManagerIdOrderByName(UUID managerId);
}
