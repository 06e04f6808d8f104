package org.vidya.assessment.bank;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemBanks extends JpaRepository<ItemBank, UUID> {

    List<ItemBank> findAllByOrderByName();

    boolean existsByName(String name);
}
