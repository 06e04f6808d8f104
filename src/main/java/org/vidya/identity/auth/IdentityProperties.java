package org.vidya.identity.auth;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength       cost of password hashes (12 in production)
 * @param jwtIssuer            {@code iss} of access tokens
 * @param accessTokenTtl       lifetime of an access token
 * @param refreshTokenTtl      lifetime of a refresh token
 * @param codeTtl              lifetime of an e-mailed six-digit sign-in code
 * @param codeMaxAttempts      wrong tries a sign-in code survives
 * @param linkTtl              lifetime of e-mail verification and password reset links
 * @param accountFailures      failed password, code or TOTP tries per account before a lockout
 * @param addressFailures      failed tries per client address before a lockout
 * @param lockout              how long a lockout lasts
 * @param codeRequests         sign-in codes that may be requested per account per lockout window
 * @param verifiedTokenCache   how long a verified access token is trusted without checking its signature,
 *                             account and session again (zero: every request checks); a session revoked on
 *                             another node stops working within this time
 */
@ConfigurationProperties("vidya.security")
public record IdentityProperties(@DefaultValue("12") int bcryptStrength,
        @DefaultValue("vidya") String jwtIssuer,
        @DefaultValue("PT15M") Duration accessTokenTtl,
        @DefaultValue("P7D") Duration refreshTokenTtl,
        @DefaultValue("PT10M") Duration codeTtl,
        @DefaultValue("5") int codeMaxAttempts,
        @DefaultValue("PT30M") Duration linkTtl,
        @DefaultValue("5") int accountFailures,
        @DefaultValue("50") int addressFailures,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("5") int codeRequests,
        @DefaultValue("PT5S") Duration verifiedTokenCache) {
}
