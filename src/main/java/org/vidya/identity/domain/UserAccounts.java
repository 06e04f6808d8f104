package org.vidya.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    /**
     * Notes a sign-in without touching the account's version, so that a person signing in on
     * two devices at once does not make one of them fail as a concurrent edit.
     */
    @Modifying
    @Query("update UserAccount a set a.lastSignedInAt = :at where a.id = :id")
    int recordSignIn(UUID id, Instant at);

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findByIdIn(Collection<UUID> ids);
}
