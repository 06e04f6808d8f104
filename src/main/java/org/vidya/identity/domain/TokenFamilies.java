package org.vidya.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface TokenFamilies extends JpaRepository<TokenFamily, UUID> {

    List<TokenFamily> findByUserIdAndRevokedAtIsNullOrderByLastUsedAtDesc(UUID userId);

    @Modifying
    @Query("update TokenFamily f set f.lastUsedAt = :now where f.id = :id and f.lastUsedAt < :olderThan")
    int touch(UUID id, Instant now, Instant olderThan);

    @Modifying
    @Query("update TokenFamily f set f.revokedAt = :now, f.revokedReason = :reason where f.userId = :userId and f.revokedAt is null")
    int revokeAll(UUID userId, String reason, Instant now);
}
