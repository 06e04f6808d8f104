package org.vidya.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTestConfiguration;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

/**
 * Real SMTP delivery to an in-process mail server. This needs mail settings of its own, so it
 * runs in a context of its own, on purpose; every other API test shares one.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.properties.mail.smtp.auth=false",
        "spring.mail.properties.mail.smtp.starttls.enable=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ApiTestConfiguration.class)
class SmtpDeliveryTests {

    // A free port chosen at start, so that parallel builds on one machine do not collide.
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void signInCodeIsDeliveredBySmtpAndMarkedSent() throws Exception {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        assertThat(api.post("/api/v1/auth/otp", null, Map.of("email", learner.email())).status()).isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(smtp.getReceivedMessagesForDomain(learner.email())).hasSize(1));
        MimeMessage message = smtp.getReceivedMessagesForDomain(learner.email())[0];
        String body = GreenMailUtil.getBody(message);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(message.getSubject());
        assertThat(code.find()).as(message.getSubject()).isTrue();
        assertThat(body).contains(code.group(1));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(data.lastMailTo(learner.email()).orElseThrow().status()).isEqualTo("SENT"));
        assertThat(api.post("/api/v1/auth/login", null, Map.of("email", learner.email(), "otp", code.group(1)))
                .status()).isEqualTo(200);
    }
}
