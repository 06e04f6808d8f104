package org.vidya.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolClasses extends JpaRepository<SchoolClass, UUID> {

    List<SchoolClass> findByIdGreaterThanOrderById(UUID after, Limit limit);

    List<SchoolClass> findByIdInOrderByName(Collection<UUID> ids);

    boolean existsByName(String name);
}
