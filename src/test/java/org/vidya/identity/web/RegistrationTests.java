package org.vidya.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.Api.Tokens;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

@ApiTest
class RegistrationTests {

    static final String NEW_PASSWORD = "a brand new passphrase 42";

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void registersIntoThePublicTenantAndVerifiesTheAddressByMail() {
        TestTenant open = data.publicTenant();
        String email = TestData.email("newcomer");

        var registered = register(email, TestData.PASSWORD, "New Learner", null);

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("emailVerificationRequired").asBoolean()).isTrue();
        api.login(email, TestData.PASSWORD, null).isProblem(403, "email-not-verified");

        String token = linkToken(data.lastMailTo(email).orElseThrow().body(), "/verify-email/([A-Za-z0-9_-]+)");
        var verified = api.get("/api/v1/auth/verify-email/" + token, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("verified").asBoolean()).isTrue();

        var signedIn = api.login(email, TestData.PASSWORD, null);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        assertThat(signedIn.json().path("session").path("tenantId").asString()).isEqualTo(open.id().toString());
        assertThat(signedIn.json().path("session").path("roles").toString()).isEqualTo("[\"learner\"]");
        api.get("/api/v1/auth/verify-email/" + token, null).isProblem(400, "invalid-link");
    }

    @Test
    void registrationIntoAClosedTenantLeavesNoAccountBehind() {
        TestTenant closed = data.tenant(false);
        String email = TestData.email("outsider");

        register(email, TestData.PASSWORD, "Outsider", closed.slug()).isProblem(403, "registration-closed");

        assertThat(data.account(email)).isEmpty();
        assertThat(data.mailsTo(email)).isEmpty();
    }

    @Test
    void registrationIntoAnUnknownTenantLeavesNoAccountBehind() {
        String email = TestData.email("lost");

        register(email, TestData.PASSWORD, "Lost", "no-such-" + TestData.suffix()).isInvalid("tenant");

        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void anAddressCanBeRegisteredOnlyOnce() {
        Person existing = data.member(data.tenant(true), Role.LEARNER);

        register(existing.email().toUpperCase(), "another fine password", "Copycat", existing.tenant().slug())
                .isProblem(409, "account-exists");

        assertThat(api.login(existing.email(), existing.password(), null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "aaaaaaaaaaaaaaaa", "abababababababab"})
    void weakPasswordsAreRefused(String password) {
        String email = TestData.email("weak");

        var response = register(email, password, "Weak", data.tenant(true).slug()).isInvalid("password");

        assertThat(response.errorFields().getFirst()).isEqualTo("password");
        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void theAddressItselfIsTooWeakAPassword() {
        String email = TestData.email("self");

        register(email, email, "Self", data.tenant(true).slug()).isInvalid("password");

        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void passwordResetChangesThePasswordAndEndsOldSessions() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        Tokens before = api.signIn(learner);

        assertThat(api.post("/api/v1/auth/forgot-password", null, Map.of("email", learner.email())).status())
                .isEqualTo(202);
        String token = resetToken(learner);
        var reset = api.post("/api/v1/auth/reset-password", null, Map.of("token", token, "password", NEW_PASSWORD));

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        api.me(before.accessToken()).isProblem(401, "session-revoked");
        assertThat(api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", before.refreshToken())).status())
                .isEqualTo(401);
        api.login(learner.email(), learner.password(), null).isProblem(401, "invalid-credentials");
        assertThat(api.login(learner.email(), NEW_PASSWORD, null).status()).isEqualTo(200);
        assertThat(data.lastMailTo(learner.email()).orElseThrow().subject()).contains("password was changed");
        api.post("/api/v1/auth/reset-password", null, Map.of("token", token, "password", "yet another passphrase"))
                .isProblem(400, "invalid-link");
    }

    @Test
    void passwordResetRefusesAWeakPasswordAndKeepsTheLinkUsable() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        api.post("/api/v1/auth/forgot-password", null, Map.of("email", learner.email()));
        String token = resetToken(learner);

        api.post("/api/v1/auth/reset-password", null, Map.of("token", token, "password", "1111111111"))
                .isInvalid("password");

        assertThat(api.login(learner.email(), learner.password(), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/auth/reset-password", null, Map.of("token", token, "password", NEW_PASSWORD))
                .status()).isEqualTo(204);
    }

    @Test
    void forgotPasswordSaysTheSameForUnknownAddressesAndSendsNothing() {
        String stranger = TestData.email("stranger");

        assertThat(api.post("/api/v1/auth/forgot-password", null, Map.of("email", stranger)).status())
                .isEqualTo(202);

        assertThat(data.mailsTo(stranger)).isEmpty();
    }

    private Api.Response register(String email, String password, String displayName, String tenant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("displayName", displayName);
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        return api.post("/api/v1/auth/register", null, body);
    }

    private String resetToken(Person person) {
        return linkToken(data.lastMailTo(person.email()).orElseThrow().body(),
                "reset-password\\?token=([A-Za-z0-9_-]+)");
    }

    private static String linkToken(String body, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(body);
        assertThat(matcher.find()).as("a link in: %s", body).isTrue();
        return matcher.group(1);
    }
}
