package org.vidya.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.identity.auth.Totp;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

@ApiTest
class TotpTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    @Test
    void teacherWithAnAuthenticatorNeedsItsCode() {
        Person teacher = data.member(data.tenant(), Role.TEACHER);

        api.login(teacher.email(), teacher.password(), null).isProblem(401, "totp-required");
        api.login(teacher.email(), teacher.password(), api.wrongTotp(teacher.totpSecret()))
                .isProblem(401, "invalid-totp");

        var response = api.login(teacher.email(), teacher.password(), api.totp(teacher.totpSecret()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("session").path("roles").toString()).contains("teacher");
    }

    @Test
    void wrongPasswordIsRefusedEvenWithTheRightCode() {
        Person teacher = data.member(data.tenant(), Role.TEACHER);

        api.login(teacher.email(), "not the password at all", api.totp(teacher.totpSecret()))
                .isProblem(401, "invalid-credentials");
    }

    @Test
    void anAuthenticatorCodeWorksOnlyOnce() {
        Person teacher = data.member(data.tenant(), Role.TEACHER);
        String code = api.totp(teacher.totpSecret());

        assertThat(api.login(teacher.email(), teacher.password(), code).status()).isEqualTo(200);

        api.login(teacher.email(), teacher.password(), code).isProblem(401, "invalid-totp");
    }

    @Test
    void staffWithoutAnAuthenticatorEnrolBeforeTheirFirstSession() {
        Person teacher = data.memberWithoutTotp(data.tenant(), Role.TEACHER);

        var refused = api.login(teacher.email(), teacher.password(), null).isProblem(403, "totp-enrolment-required");
        String enrolmentToken = refused.json().path("enrolmentToken").asString();
        assertThat(enrolmentToken).isNotBlank();

        var setup = api.post("/api/v1/auth/totp/enrolment", null, Map.of("enrolmentToken", enrolmentToken));
        assertThat(setup.status()).as(setup.body()).isEqualTo(200);
        String secret = setup.json().path("secret").asString();
        assertThat(setup.json().path("otpauthUri").asString()).startsWith("otpauth://totp/").contains(secret);

        var confirmed = api.post("/api/v1/auth/totp/enrolment/confirm", null,
                Map.of("enrolmentToken", enrolmentToken, "code", Totp.code(secret, Totp.step(clock.instant()))));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        var me = api.me(Api.tokens(confirmed).accessToken());
        assertThat(me.json().path("totpEnabled").asBoolean()).isTrue();

        api.post("/api/v1/auth/totp/enrolment/confirm", null, Map.of("enrolmentToken", enrolmentToken,
                "code", Totp.code(secret, Totp.step(clock.instant()) + 1))).isProblem(401, "invalid-enrolment-token");
    }

    @Test
    void enrolmentNeedsTheRightCodeFromTheApp() {
        Person teacher = data.memberWithoutTotp(data.tenant(), Role.ORG_ADMIN);
        String enrolmentToken = api.login(teacher.email(), teacher.password(), null)
                .isProblem(403, "totp-enrolment-required").json().path("enrolmentToken").asString();
        String secret = api.post("/api/v1/auth/totp/enrolment", null, Map.of("enrolmentToken", enrolmentToken))
                .json().path("secret").asString();

        api.post("/api/v1/auth/totp/enrolment/confirm", null,
                Map.of("enrolmentToken", enrolmentToken, "code", api.wrongTotp(secret))).isInvalid("code");

        assertThat(data.account(teacher.email()).orElseThrow().totpEnabled()).isFalse();
    }

    @Test
    void learnerWithoutAnAuthenticatorSignsInWithThePasswordOnly() {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        var response = api.login(learner.email(), learner.password(), null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("accessToken").asString()).isNotBlank();
    }

    @Test
    void staffCannotTurnTheirAuthenticatorOff() {
        Person teacher = data.member(data.tenant(), Role.TEACHER);
        String token = api.signIn(teacher).accessToken();

        var response = api.send(MockMvcRequestBuilders.delete("/api/v1/auth/totp"), token,
                Map.of("code", Totp.code(teacher.totpSecret(), Totp.step(clock.instant()) + 1)));

        response.isProblem(409, "totp-required-for-role");
        assertThat(api.me(token).json().path("totpEnabled").asBoolean()).isTrue();
    }
}
