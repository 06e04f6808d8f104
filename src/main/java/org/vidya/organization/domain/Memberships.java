package org.vidya.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Memberships extends JpaRepository<Membership, UUID> {

    Optional<Membership> findByUserId(UUID userId);

    List<Membership> findByUserIdIn(Collection<UUID> userIds);

    List<Membership> findByIdGreaterThanOrderById(UUID after, Limit limit);

    @Query("select m from Membership m where m.id > :after and m.roles like concat('%', :role, '%') order by m.id")
    List<Membership> findByRole(UUID after, String role, Limit limit);

    /** Counts by explicit tenant, so that the answer is the same for root and tenant work. */
    long countByTenantIdAndStatus(UUID tenantId, Membership.Status status);

    /** Every active membership of a person across tenants; only root work may call this. */
    @Query("select m from Membership m where m.userId = :userId and m.status = 'ACTIVE' order by m.createdAt")
    List<Membership> findAllActiveOf(UUID userId);
}
