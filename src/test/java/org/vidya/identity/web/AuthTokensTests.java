package org.vidya.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.Api.Tokens;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

@ApiTest
class AuthTokensTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    Person learner;

    @BeforeEach
    void learner() {
        learner = data.member(data.tenant(), Role.LEARNER);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signInIssuesFifteenMinuteEs256AccessTokenAndOpaqueRefreshToken() throws Exception {
        Tokens tokens = api.signIn(learner);

        SignedJWT jwt = SignedJWT.parse(tokens.accessToken());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("at+jwt"));
        assertThat(jwt.getHeader().getKeyID()).isNotBlank();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(learner.id().toString());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(tokens.json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.json().path("expiresIn").asLong()).isBetween(899L, 900L);
        assertThat(tokens.refreshToken()).isNotBlank().doesNotContain(".");

        var me = api.me(tokens.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(learner.email());
        assertThat(me.json().path("tenantId").asString()).isEqualTo(learner.tenant().id().toString());
    }

    @Test
    void accessTokenStopsWorkingAfterFifteenMinutes() {
        Tokens tokens = api.signIn(learner);

        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        assertThat(api.me(tokens.accessToken()).status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(15));
        api.me(tokens.accessToken()).isProblem(401, "token-expired");
    }

    @Test
    void refreshGivesANewPairAndSpendsTheOldRefreshToken() {
        Tokens first = api.signIn(learner);

        Tokens second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(api.me(second.accessToken()).status()).isEqualTo(200);
        assertThat(refresh(second.refreshToken()).refreshToken()).isNotEqualTo(second.refreshToken());
    }

    @Test
    void reusingASpentRefreshTokenEndsTheWholeSessionButNotOthers() {
        Tokens first = api.signIn(learner);
        Tokens otherSession = api.signIn(learner);
        Tokens second = refresh(first.refreshToken());

        api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", first.refreshToken()))
                .isProblem(401, "refresh-token-reused");

        api.me(second.accessToken()).isProblem(401, "session-revoked");
        api.me(first.accessToken()).isProblem(401, "session-revoked");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", second.refreshToken())).status())
                .isEqualTo(401);
        assertThat(api.me(otherSession.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionOfItsRefreshToken() {
        Tokens session = api.signIn(learner);
        Tokens otherSession = api.signIn(learner);

        assertThat(api.post("/api/v1/auth/logout", null, Map.of("refreshToken", session.refreshToken())).status())
                .isEqualTo(204);

        api.me(session.accessToken()).isProblem(401, "session-revoked");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", session.refreshToken())).status())
                .isEqualTo(401);
        assertThat(api.me(otherSession.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutAllEndsEverySessionOfThePerson() {
        Tokens laptop = api.signIn(learner);
        Tokens phone = api.signIn(learner);

        assertThat(api.post("/api/v1/auth/logout-all", laptop.accessToken(), null).status()).isEqualTo(204);

        api.me(laptop.accessToken()).isProblem(401, "session-revoked");
        api.me(phone.accessToken()).isProblem(401, "session-revoked");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", phone.refreshToken())).status())
                .isEqualTo(401);
        assertThat(api.signIn(learner).accessToken()).isNotBlank();
    }

    @Test
    void logoutAllNeedsAnAccessToken() {
        api.post("/api/v1/auth/logout-all", null, null).isProblem(401, "authentication-required");
    }

    @Test
    void refusesATokenWhoseSignatureWasChanged() {
        String token = api.signIn(learner).accessToken();
        int last = token.length() - 5;
        String forged = token.substring(0, last) + (token.charAt(last) == 'A' ? 'B' : 'A') + token.substring(last + 1);

        api.me(forged).isProblem(401, "invalid-token");
    }

    @Test
    void refusesATokenWhoseClaimsWereChanged() throws Exception {
        String[] parts = api.signIn(learner).accessToken().split("\\.");
        JWTClaimsSet claims = JWTClaimsSet.parse(new String(Base64.getUrlDecoder().decode(parts[1])));
        JWTClaimsSet raised = new JWTClaimsSet.Builder(claims).claim("roles", List.of("org_admin")).build();
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(raised.toString().getBytes());

        api.me(parts[0] + "." + payload + "." + parts[2]).isProblem(401, "invalid-token");
    }

    @Test
    void refusesAnUnsignedToken() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(api.signIn(learner).accessToken()).getJWTClaimsSet();
        String unsigned = new PlainJWT(new PlainHeader.Builder().type(new JOSEObjectType("at+jwt")).build(), claims)
                .serialize();

        api.me(unsigned).isProblem(401, "invalid-token");
    }

    @Test
    void refusesATokenSignedByAnotherKeyUnderTheRealKeyId() throws Exception {
        SignedJWT real = SignedJWT.parse(api.signIn(learner).accessToken());

        String forged = signWithOtherKey(real.getHeader().getKeyID(), real.getJWTClaimsSet());

        api.me(forged).isProblem(401, "invalid-token");
    }

    @Test
    void refusesAnExpiredTokenFromAnotherKey() throws Exception {
        SignedJWT real = SignedJWT.parse(api.signIn(learner).accessToken());
        Instant past = clock.instant().minus(Duration.ofHours(1));
        JWTClaimsSet expired = new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                .issueTime(Date.from(past.minus(Duration.ofMinutes(15)))).expirationTime(Date.from(past)).build();

        api.me(signWithOtherKey(real.getHeader().getKeyID(), expired)).isProblem(401, "invalid-token");
    }

    @Test
    void refusesARefreshTokenUsedAsBearerToken() {
        Tokens tokens = api.signIn(learner);

        api.me(tokens.refreshToken()).isProblem(401, "invalid-token");
    }

    @Test
    void refusesAnAuthorizationHeaderThatIsNotBearer() {
        var response = api.send(MockMvcRequestBuilders.get("/api/v1/users/me")
                .header("Authorization", "Basic dXNlcjpwYXNz"), null, null);

        response.isProblem(401, "invalid-token");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    private Tokens refresh(String refreshToken) {
        var response = api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return Api.tokens(response);
    }

    private static String signWithOtherKey(String keyId, JWTClaimsSet claims) throws Exception {
        ECKey other = new ECKeyGenerator(Curve.P_256).keyID(keyId).generate();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("at+jwt"))
                .keyID(keyId).build(), claims);
        jwt.sign(new ECDSASigner(other));
        return jwt.serialize();
    }
}
