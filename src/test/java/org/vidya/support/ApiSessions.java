package org.vidya.support;

import java.time.Clock;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.identity.auth.Totp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs test people in through the real API and hands back their access token. */
public final class ApiSessions {

    private ApiSessions() {
    }

    public static String accessToken(MockMvc mvc, JsonMapper json, Clock clock, String email, boolean staff)
            throws Exception {
        Map<String, String> body = staff
                ? Map.of("email", email, "password", TenantWorld.PASSWORD, "totp",
                        Totp.code(TenantWorld.TOTP_SECRET, Totp.step(clock.instant())))
                : Map.of("email", email, "password", TenantWorld.PASSWORD);
        MvcResult result = mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .with(r -> {
                    r.setRemoteAddr("10.9." + (email.hashCode() & 0xff) + ".1");
                    return r;
                })
                .content(json.writeValueAsString(body))).andReturn();
        if (result.getResponse().getStatus() != 200) {
            throw new IllegalStateException("Sign-in of " + email + " failed: "
                    + result.getResponse().getContentAsString());
        }
        JsonNode tokens = json.readTree(result.getResponse().getContentAsString());
        return tokens.get("accessToken").asString();
    }
}
