package org.vidya.identity.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.identity.domain.RefreshToken;
import org.vidya.identity.domain.RefreshTokens;
import org.vidya.identity.domain.SigningKey;
import org.vidya.identity.domain.SigningKeys;
import org.vidya.identity.domain.TokenFamilies;
import org.vidya.identity.domain.TokenFamily;
import org.vidya.identity.domain.UserAccount;
import org.vidya.identity.domain.UserAccounts;
import org.vidya.platform.AccessTokenVerifier;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Secrets;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Access tokens are ES256 JWTs ({@code typ: at+jwt}) that live 15 minutes and name the
 * person, their tenant, roles, token version and session. Every use is checked against the
 * database too, so that "sign out everywhere" and a revoked session take effect at once.
 * Refresh tokens are opaque, random and stored hashed.
 */
@Service
public class AccessTokens implements AccessTokenVerifier {

    static final JOSEObjectType ACCESS_TYPE = new JOSEObjectType("at+jwt");
    static final java.time.Duration LAST_USED_PRECISION = java.time.Duration.ofMinutes(5);

    private final SigningKeys keys;
    private final UserAccounts accounts;
    private final TokenFamilies families;
    private final RefreshTokens refreshTokens;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile @Nullable ECKey signingKey;
    /** Recently verified access tokens, so that a page of requests costs one check, not one each. */
    private final @Nullable Cache<String, Trusted> verified;

    AccessTokens(SigningKeys keys, UserAccounts accounts, TokenFamilies families, RefreshTokens refreshTokens,
            IdentityProperties properties, TransactionTemplate transactions, Clock clock) {
        this.keys = keys;
        this.accounts = accounts;
        this.families = families;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.verified = properties.verifiedTokenCache().isPositive()
                ? Caffeine.newBuilder().maximumSize(100_000)
                        .expireAfterWrite(properties.verifiedTokenCache()).build()
                : null;
    }

    /** A pair of tokens for an API client. */
    public record IssuedTokens(String accessToken, Instant accessExpiresAt, String refreshToken,
            Instant refreshExpiresAt) {
    }

    /** Issues an access token and a new refresh token in the principal's session (family). */
    public IssuedTokens issue(VidyaPrincipal principal) {
        Instant now = clock.instant();
        String refresh = Secrets.token();
        Instant refreshExpiry = now.plus(properties.refreshTokenTtl());
        UUID family = UUID.fromString(java.util.Objects.requireNonNull(principal.sessionId()));
        refreshTokens.save(new RefreshToken(family, principal.userId().value(), Secrets.sha256(refresh),
                principal.tenantId() == null ? null : principal.tenantId().value(), principal.tokenVersion(), now,
                refreshExpiry));
        Instant accessExpiry = now.plus(properties.accessTokenTtl());
        return new IssuedTokens(sign(principal, now, accessExpiry), accessExpiry, refresh, refreshExpiry);
    }

    /**
     * Spends a refresh token. A token spent before is a replay, so its whole family is revoked.
     */
    public RefreshToken spend(String rawToken) {
        RefreshToken token = refreshTokens.findByTokenHash(Secrets.sha256(rawToken)).orElseThrow(
                () -> ApiException.unauthorized("invalid-refresh-token", "This refresh token is not valid."));
        Instant now = clock.instant();
        var family = families.findById(token.familyId()).orElseThrow();
        if (family.revoked()) {
            throw ApiException.unauthorized("session-revoked", "This session has ended. Sign in again.");
        }
        if (token.spent() || refreshTokens.spend(token.id(), now) == 0) {
            family.revoke("refresh-token-reused", now);
            families.saveAndFlush(family);
            forgetVerified();
            throw ApiException.unauthorized("refresh-token-reused",
                    "This refresh token was already used. For safety the whole session has been ended.");
        }
        if (!now.isBefore(token.expiresAt())) {
            throw ApiException.unauthorized("refresh-token-expired", "This session has expired. Sign in again.");
        }
        family.used(now);
        return token;
    }

    /** One of a person's open sessions, as their security page lists it. */
    public record ActiveSession(UUID id, TokenFamily.Channel channel, String address, String userAgent,
            Instant createdAt, Instant lastUsedAt) {
    }

    /** The person's sessions that have not ended, the most recently used first. */
    public List<ActiveSession> activeSessions(UserId user) {
        return families.findByUserIdAndRevokedAtIsNullOrderByLastUsedAtDesc(user.value()).stream()
                .map(f -> new ActiveSession(f.id(), TokenFamily.Channel.valueOf(f.channel()), f.address(),
                        f.userAgent(), f.createdAt(), f.lastUsedAt()))
                .toList();
    }

    /** Spends a refresh token without complaint (for sign-out); its session, if it was valid. */
    public java.util.Optional<UUID> spendQuietly(String rawToken) {
        return refreshTokens.findByTokenHash(Secrets.sha256(rawToken)).map(token -> {
            refreshTokens.spend(token.id(), clock.instant());
            return token.familyId();
        });
    }

    @Override
    public VidyaPrincipal verify(String bearerToken) {
        Instant now = clock.instant();
        Trusted trusted = verified == null ? null : verified.getIfPresent(bearerToken);
        if (trusted != null && now.isBefore(trusted.until())) {
            return trusted.principal();
        }
        Trusted checked = check(bearerToken);
        if (verified != null) {
            // Never trusted past the token's own expiry.
            Instant until = now.plus(properties.verifiedTokenCache());
            verified.put(bearerToken, new Trusted(checked.principal(),
                    until.isBefore(checked.until()) ? until : checked.until()));
        }
        return checked.principal();
    }

    /** Forgets every verified token, so that a revocation on this node counts from the next request. */
    void forgetVerified() {
        var cache = verified;
        if (cache == null) {
            return;
        }
        cache.invalidateAll();
        // Again once the revocation is committed: a request between now and then may have cached the old state.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            cache.invalidateAll();
                        }
                    });
        }
    }

    /** A principal whose token checked out, trusted until {@code until}. */
    private record Trusted(VidyaPrincipal principal, Instant until) {
    }

    /** Checks signature, expiry, issuer and session; the result is trusted until the token expires. */
    private Trusted check(String bearerToken) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(bearerToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | IllegalArgumentException e) {
            throw invalid("The access token is malformed.");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm()) || !ACCESS_TYPE.equals(header.getType())) {
            throw invalid("The access token has the wrong algorithm or type.");
        }
        ECKey key = key();
        try {
            if (!key.getKeyID().equals(header.getKeyID()) || !jwt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                throw invalid("The access token's signature is not valid.");
            }
        } catch (JOSEException e) {
            throw invalid("The access token's signature is not valid.");
        }
        Instant now = clock.instant();
        if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
            throw ApiException.unauthorized("token-expired", "The access token has expired. Refresh it.");
        }
        if (!properties.jwtIssuer().equals(claims.getIssuer())) {
            throw invalid("The access token was issued by someone else.");
        }
        try {
            Set<Role> roles = new HashSet<>();
            List<String> roleCodes = claims.getStringListClaim("roles");
            if (roleCodes != null) {
                roleCodes.forEach(code -> roles.add(Role.fromCode(code)));
            }
            String tenant = claims.getStringClaim("tid");
            VidyaPrincipal principal = new VidyaPrincipal(UserId.of(claims.getSubject()),
                    claims.getStringClaim("email"), claims.getStringClaim("name"),
                    tenant == null ? null : TenantId.of(tenant), roles,
                    claims.getIntegerClaim("ver"), claims.getStringClaim("sid"));
            if (!isCurrent(principal)) {
                throw ApiException.unauthorized("session-revoked", "This session has ended. Sign in again.");
            }
            return new Trusted(principal, claims.getExpirationTime().toInstant());
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            throw invalid("The access token's claims are not valid.");
        }
    }

    @Override
    public boolean isCurrent(VidyaPrincipal principal) {
        UserAccount account = accounts.findById(principal.userId().value()).orElse(null);
        if (account == null || account.status() != UserAccount.Status.ACTIVE
                || account.tokenVersion() != principal.tokenVersion()) {
            return false;
        }
        if (principal.sessionId() == null) {
            return true;
        }
        TokenFamily family = families.findById(UUID.fromString(principal.sessionId())).orElse(null);
        if (family == null || family.revoked()) {
            return false;
        }
        // "Last used" on the security page is kept to within a few minutes, not written per request.
        Instant now = clock.instant();
        if (family.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            transactions.executeWithoutResult(status -> families.touch(family.id(), now, now.minus(LAST_USED_PRECISION)));
        }
        return true;
    }

    @Override
    public void signedOut(VidyaPrincipal principal) {
        if (principal.sessionId() != null) {
            transactions.executeWithoutResult(status -> families.findById(UUID.fromString(principal.sessionId()))
                    .ifPresent(f -> f.revoke("signed-out", clock.instant())));
            forgetVerified();
        }
    }

    private String sign(VidyaPrincipal principal, Instant now, Instant expiry) {
        ECKey key = key();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(properties.jwtIssuer())
                .subject(principal.userId().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("email", principal.email())
                .claim("name", principal.displayName())
                .claim("roles", principal.roleCodes())
                .claim("ver", principal.tokenVersion())
                .claim("sid", principal.sessionId());
        if (principal.tenantId() != null) {
            claims.claim("tid", principal.tenantId().toString());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(ACCESS_TYPE)
                .keyID(key.getKeyID()).build(), claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return jwt.serialize();
    }

    private ECKey key() {
        ECKey key = signingKey;
        if (key == null) {
            synchronized (this) {
                key = signingKey;
                if (key == null) {
                    key = loadOrCreateKey();
                    signingKey = key;
                }
            }
        }
        return key;
    }

    private ECKey loadOrCreateKey() {
        return transactions.execute(status -> keys.findAllByOrderByCreatedAtDesc().stream().findFirst()
                .map(k -> parse(k.jwk()))
                .orElseGet(() -> {
                    try {
                        ECKey generated = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString())
                                .generate();
                        keys.save(new SigningKey(generated.getKeyID(), "ES256", generated.toJSONString(),
                                clock.instant()));
                        return generated;
                    } catch (JOSEException e) {
                        throw new IllegalStateException("Could not create a signing key", e);
                    }
                }));
    }

    private static ECKey parse(String jwk) {
        try {
            return ECKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key cannot be read", e);
        }
    }

    private static ApiException invalid(String detail) {
        return ApiException.unauthorized("invalid-token", detail);
    }
}
