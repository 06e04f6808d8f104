package org.vidya.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface OneTimeCodes extends JpaRepository<OneTimeCode, UUID> {

    /** The newest code of a purpose, locked so that two tries at once count as two. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<OneTimeCode> findFirstByUserIdAndPurposeAndConsumedAtIsNullOrderByCreatedAtDesc(UUID userId,
            OneTimeCode.Purpose purpose);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<OneTimeCode> findByCodeHashAndPurpose(String codeHash, OneTimeCode.Purpose purpose);

    @Modifying
    @Query("update OneTimeCode c set c.consumedAt = :now where c.userId = :userId and c.purpose = :purpose and c.consumedAt is null")
    int consumeAll(UUID userId, OneTimeCode.Purpose purpose, Instant now);
}
