package org.vidya.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

@ApiTest
class AccountLockoutTests {

    static final String WRONG = "this is not the password";

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void fiveWrongPasswordsPauseTheAccountEvenForTheRightOne() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        for (int i = 0; i < 5; i++) {
            api.login(learner.email(), WRONG, null).isProblem(401, "invalid-credentials");
        }

        var refused = api.login(learner.email(), learner.password(), null).isProblem(429, "too-many-attempts");

        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 15 * 60L);
    }

    @Test
    void ownerIsToldWhenTheAccountIsPaused() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            api.login(learner.email(), WRONG, null);
        }
        assertThat(data.mailsTo(learner.email())).isEmpty();

        api.login(learner.email(), WRONG, null);

        assertThat(data.mailsTo(learner.email())).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("sign-in attempts paused"));
    }

    @Test
    void fourWrongPasswordsStillLetTheOwnerIn() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            api.login(learner.email(), WRONG, null);
        }

        assertThat(api.login(learner.email(), learner.password(), null).status()).isEqualTo(200);
    }

    @Test
    void pausingOneAccountLeavesOthersFromTheSameAddressAlone() {
        Person victim = data.member(data.tenant(), Role.LEARNER);
        Person neighbour = data.member(data.tenant(), Role.LEARNER);
        for (int i = 0; i < 5; i++) {
            api.login(victim.email(), WRONG, null);
        }

        assertThat(api.login(neighbour.email(), neighbour.password(), null).status()).isEqualTo(200);
    }

    @Test
    void wrongAuthenticatorCodesCountTowardsThePause() {
        Person teacher = data.member(data.tenant(), Role.TEACHER);
        for (int i = 0; i < 5; i++) {
            api.login(teacher.email(), teacher.password(), api.wrongTotp(teacher.totpSecret()))
                    .isProblem(401, "invalid-totp");
        }

        api.login(teacher.email(), teacher.password(), api.totp(teacher.totpSecret()))
                .isProblem(429, "too-many-attempts");
    }

    @Test
    void guessesAtAnUnknownAddressArePausedLikeAnyOther() {
        String nobody = TestData.email("nobody");
        for (int i = 0; i < 5; i++) {
            api.login(nobody, WRONG, null).isProblem(401, "invalid-credentials");
        }

        api.login(nobody, WRONG, null).isProblem(429, "too-many-attempts");
        assertThat(data.mailsTo(nobody)).isEmpty();
    }

    @Test
    void successfulSignInStartsTheCountAfresh() {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        for (int i = 0; i < 4; i++) {
            api.login(learner.email(), WRONG, null);
        }
        assertThat(api.login(learner.email(), learner.password(), null).status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            api.login(learner.email(), WRONG, null).isProblem(401, "invalid-credentials");
        }
        Api.Response response = api.login(learner.email(), learner.password(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
