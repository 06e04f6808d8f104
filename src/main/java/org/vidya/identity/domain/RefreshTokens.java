package org.vidya.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RefreshTokens extends JpaRepository<RefreshToken, UUID> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Spends the token if nobody has yet; 0 means it was already spent (a race or a replay). */
    @Modifying(clearAutomatically = true)
    @Query("update RefreshToken t set t.spentAt = :now where t.id = :id and t.spentAt is null")
    int spend(UUID id, Instant now);
}
