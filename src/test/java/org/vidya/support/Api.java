package org.vidya.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.identity.auth.Totp;
import org.vidya.support.TestData.Person;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A small client of the REST API over MockMvc: JSON in, status, headers and JSON out. */
public class Api {

    private final MockMvc mvc;
    private final JsonMapper json;
    private final TestClock clock;

    Api(MockMvc mvc, JsonMapper json, TestClock clock) {
        this.mvc = mvc;
        this.json = json;
        this.clock = clock;
    }

    /** A response, its body read as JSON when it is JSON. */
    public record Response(int status, JsonNode json, String body, MockHttpServletResponse raw) {

        public String code() {
            return json.path("code").asString();
        }

        public @Nullable String header(String name) {
            return raw.getHeader(name);
        }

        /** The {@code field} of every entry of {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }

        /**
         * Asserts an RFC 9457 problem of this status and code: the problem media type, the
         * fields clients rely on, and nothing of the server's insides.
         */
        public Response isProblem(int expectedStatus, String expectedCode) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(raw.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(code()).isEqualTo(expectedCode);
            assertThat(json.path("detail").asString()).isNotBlank();
            assertThat(json.has("trace") || json.has("stackTrace") || json.has("exception")).isFalse();
            assertThat(body).doesNotContain("Exception", "\tat ", "org.vidya.", "org.springframework.");
            return this;
        }

        /** A problem with a field error: code {@code validation-failed} naming {@code field}. */
        public Response isInvalid(String field) {
            isProblem(400, "validation-failed");
            assertThat(errorFields()).contains(field);
            return this;
        }
    }

    /** What a successful sign-in or refresh gives. */
    public record Tokens(String accessToken, String refreshToken, JsonNode json) {
    }

    public Response get(String path, @Nullable String token) {
        return send(MockMvcRequestBuilders.get(path), token, null);
    }

    public Response post(String path, @Nullable String token, @Nullable Object body) {
        return send(MockMvcRequestBuilders.post(path), token, body);
    }

    public Response put(String path, @Nullable String token, @Nullable Object body) {
        return send(MockMvcRequestBuilders.put(path), token, body);
    }

    public Response patch(String path, @Nullable String token, @Nullable Object body) {
        return send(MockMvcRequestBuilders.patch(path), token, body);
    }

    public Response delete(String path, @Nullable String token) {
        return send(MockMvcRequestBuilders.delete(path), token, null);
    }

    /**
     * Sends a request; a {@code String} body goes as it is (for broken JSON), anything else is
     * written as JSON.
     */
    public Response send(MockHttpServletRequestBuilder request, @Nullable String token, @Nullable Object body) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            byte[] content = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : body instanceof byte[] bytes ? bytes : json.writeValueAsBytes(body);
            request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            JsonNode node = MissingNode.getInstance();
            if (!text.isBlank() && response.getContentType() != null && response.getContentType().contains("json")) {
                node = json.readTree(text);
            }
            return new Response(response.getStatus(), node, text, response);
        } catch (Exception e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        }
    }

    /** POST /api/v1/auth/login with these fields (nulls left out). */
    public Response login(String email, @Nullable String password, @Nullable String totp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        if (password != null) {
            body.put("password", password);
        }
        if (totp != null) {
            body.put("totp", totp);
        }
        return post("/api/v1/auth/login", null, body);
    }

    /** Signs a person in with their password and, when they have one, their current TOTP code. */
    public Tokens signIn(Person person) {
        String totp = person.totpSecret() == null ? null : totp(person.totpSecret());
        Response response = login(person.email(), person.password(), totp);
        assertThat(response.status()).as("sign-in of %s: %s", person.email(), response.body()).isEqualTo(200);
        return tokens(response);
    }

    /** The code an authenticator app would show now. */
    public String totp(String secret) {
        return Totp.code(secret, Totp.step(clock.instant()));
    }

    /** A well-formed code that the app shows at none of the steps the server would accept now. */
    public String wrongTotp(String secret) {
        long step = Totp.step(clock.instant());
        Set<String> valid = new HashSet<>();
        for (long s = step - 2; s <= step + 2; s++) {
            valid.add(Totp.code(secret, s));
        }
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    public static Tokens tokens(Response response) {
        return new Tokens(response.json().path("accessToken").asString(),
                response.json().path("refreshToken").asString(), response.json());
    }

    public Response me(String accessToken) {
        return get("/api/v1/users/me", accessToken);
    }

    public JsonMapper json() {
        return json;
    }
}
