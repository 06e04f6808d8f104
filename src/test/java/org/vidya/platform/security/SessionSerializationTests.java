package org.vidya.platform.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.identity.auth.Totp;
import org.vidya.platform.Role;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Everything a browser session holds — a half-finished sign-in, the signed-in person, flash
 * messages — can be serialized, so sessions survive a restart and can live in a shared store.
 */
@ApiTest
class SessionSerializationTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Clock clock;

    @Test
    void sessionsOfASignInAndAnAdminActionSerialize() throws Exception {
        TestData.Person admin = data.member(data.tenant(), Role.ORG_ADMIN);

        MvcResult firstFactor = mvc.perform(post("/login").with(csrf()).param("email", admin.email())
                .param("password", admin.password())).andReturn();
        MockHttpSession session = (MockHttpSession) firstFactor.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertSerializable(session);

        MvcResult signedIn = mvc.perform(post("/login/totp").session(session).with(csrf())
                .param("code", Totp.code(admin.totpSecret(), Totp.step(clock.instant())))).andReturn();
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(302);
        session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertSerializable(session);

        MvcResult created = mvc.perform(post("/admin/classes").session(session).with(csrf())
                .param("name", "Serializable class")).andReturn();
        assertThat(created.getFlashMap().isEmpty()).as("a notice is flashed").isFalse();
        serialize(new java.util.HashMap<>(created.getFlashMap()));
        assertSerializable((MockHttpSession) created.getRequest().getSession(false));
    }

    private static void assertSerializable(MockHttpSession session) throws IOException {
        for (String name : Collections.list(session.getAttributeNames())) {
            serialize(session.getAttribute(name));
        }
    }

    private static void serialize(Object value) throws IOException {
        try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
            out.writeObject(value);
        }
    }
}
