package org.vidya.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The key that signs access tokens, made on first start and shared through the database by
 * every node.
 */
@Entity
@Table(name = "identity_signing_key")
public class SigningKey {

    @Id
    private String kid;
    private String algorithm;
    private String jwk;
    private Instant createdAt;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, String jwk, Instant now) {
        this.kid = kid;
        this.algorithm = algorithm;
        this.jwk = jwk;
        this.createdAt = now;
    }

    public String kid() { return kid; }
    public String algorithm() { return algorithm; }
    public String jwk() { return jwk; }
    public Instant createdAt() { return createdAt; }
}
