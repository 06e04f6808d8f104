package org.vidya.assessment.bank;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Items extends JpaRepository<Item, UUID> {

    List<Item> findByIdInAndRetiredFalse(Collection<UUID> ids);

    List<Item> findByBankIdAndRetiredFalseOrderById(UUID bankId);

    long countByBankIdAndRetiredFalse(UUID bankId);

    boolean existsByCategoryIdAndRetiredFalse(UUID categoryId);

    @Modifying
    @Query("update Item i set i.categoryId = null where i.categoryId = ?1")
    int clearCategory(UUID categoryId);
}
