package org.vidya.assessment.bank;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemCategories extends JpaRepository<ItemCategory, UUID> {

    List<ItemCategory> findByBankIdOrderByPath(UUID bankId);

    Optional<ItemCategory> findByBankIdAndPath(UUID bankId, String path);

    long countByBankId(UUID bankId);
}
