package org.vidya.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Tenants extends JpaRepository<Tenant, UUID> {

    Optional<Tenant> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Tenant> findByIdIn(Collection<UUID> ids);

    List<Tenant> findByIdGreaterThanOrderById(UUID after, Limit limit);
}
