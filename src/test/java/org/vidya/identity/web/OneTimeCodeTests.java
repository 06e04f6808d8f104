package org.vidya.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.identity.auth.SignInThrottle;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

@ApiTest
class OneTimeCodeTests {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired SignInThrottle throttle;

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
    void acceptsRequestsForUnknownAddressesWithoutSendingAnything() {
        String stranger = TestData.email("stranger");

        assertThat(requestCode(stranger).status()).isEqualTo(202);

        assertThat(data.mailsTo(stranger)).isEmpty();
    }

    @Test
    void emailedCodeSignsInOnce() {
        assertThat(requestCode(learner.email()).status()).isEqualTo(202);
        String code = mailedCode();

        var first = loginWithCode(learner.email(), code);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(api.me(Api.tokens(first).accessToken()).json().path("email").asString())
                .isEqualTo(learner.email());

        loginWithCode(learner.email(), code).isProblem(401, "invalid-credentials");
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        requestCode(learner.email());
        String old = mailedCode();
        requestCode(learner.email());
        String fresh = mailedCode();

        // One time in a million the new code is the same number.
        if (!old.equals(fresh)) {
            loginWithCode(learner.email(), old).isProblem(401, "invalid-credentials");
        }
        assertThat(loginWithCode(learner.email(), fresh).status()).isEqualTo(200);
    }

    @Test
    void codeWorksUntilTenMinutesHavePassed() {
        requestCode(learner.email());
        String code = mailedCode();

        clock.advance(Duration.ofMinutes(9).plusSeconds(50));

        assertThat(loginWithCode(learner.email(), code).status()).isEqualTo(200);
    }

    @Test
    void codeExpiresAfterTenMinutes() {
        requestCode(learner.email());
        String code = mailedCode();

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        loginWithCode(learner.email(), code).isProblem(401, "invalid-credentials");
    }

    @Test
    void codeSurvivesFourWrongTries() {
        requestCode(learner.email());
        String code = mailedCode();

        for (int i = 0; i < 4; i++) {
            loginWithCode(learner.email(), wrong(code)).isProblem(401, "invalid-credentials");
        }

        assertThat(loginWithCode(learner.email(), code).status()).isEqualTo(200);
    }

    @Test
    void codeIsDeadAfterFiveWrongTries() {
        requestCode(learner.email());
        String code = mailedCode();
        for (int i = 0; i < 5; i++) {
            loginWithCode(learner.email(), wrong(code)).isProblem(401, "invalid-credentials");
        }
        // Five failures also pause the account; lift that so that only the code's own limit is in play.
        throttle.succeeded(learner.email());

        loginWithCode(learner.email(), code).isProblem(401, "invalid-credentials");
    }

    @Test
    void signingInWithACodeProvesTheMailbox() {
        String email = TestData.email("unverified");
        var registered = api.post("/api/v1/auth/register", null, Map.of("email", email,
                "password", TestData.PASSWORD, "displayName", "New Learner", "tenant",
                data.tenant(true).slug()));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        api.login(email, TestData.PASSWORD, null).isProblem(403, "email-not-verified");

        requestCode(email);
        var bySubject = data.mailsTo(email).stream().filter(m -> m.subject().contains("sign-in code")).findFirst();
        assertThat(bySubject).isPresent();
        assertThat(loginWithCode(email, codeIn(bySubject.get().subject())).status()).isEqualTo(200);

        assertThat(api.login(email, TestData.PASSWORD, null).status()).isEqualTo(200);
    }

    private Api.Response requestCode(String email) {
        return api.post("/api/v1/auth/otp", null, Map.of("email", email));
    }

    private Api.Response loginWithCode(String email, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("otp", code);
        return api.post("/api/v1/auth/login", null, body);
    }

    private String mailedCode() {
        var mail = data.lastMailTo(learner.email()).orElseThrow();
        String code = codeIn(mail.subject());
        assertThat(mail.body()).contains(code);
        return code;
    }

    private static String codeIn(String text) {
        Matcher matcher = SIX_DIGITS.matcher(text);
        assertThat(matcher.find()).as("a six-digit code in '%s'", text).isTrue();
        return matcher.group(1);
    }

    private static String wrong(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }
}
