package org.vidya.assessment.bank;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ItemConcepts extends JpaRepository<ItemConcept, UUID> {

    @Modifying
    @Query("delete from ItemConcept c where c.itemId = ?1")
    int deleteByItem(UUID itemId);
}
