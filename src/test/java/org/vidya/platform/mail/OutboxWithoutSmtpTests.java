package org.vidya.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

/** The test profile names no mail server, as a laptop without one would not. */
@ApiTest
class OutboxWithoutSmtpTests {

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void withoutAMailServerMessagesAreStoredForTheDeveloperMailbox() {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        api.post("/api/v1/auth/otp", null, Map.of("email", learner.email()));

        assertThat(data.lastMailTo(learner.email())).hasValueSatisfying(mail -> {
            assertThat(mail.subject()).contains("sign-in code");
            assertThat(mail.status()).isEqualTo("STORED");
        });
    }
}
