package org.vidya.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

@ApiTest
class BadInputTests {

    @Autowired Api api;
    @Autowired TestData data;

    TestTenant tenant;
    Person admin;
    String adminToken;

    @BeforeEach
    void admin() {
        tenant = data.tenant(true);
        admin = data.member(tenant, Role.ORG_ADMIN);
        adminToken = api.signIn(admin).accessToken();
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsSaved() {
        api.post("/api/v1/classes", adminToken, "{\"name\": \"Maths").isProblem(400, "malformed-body");
        api.post("/api/v1/classes", adminToken, "[]").isProblem(400, "malformed-body");

        assertThat(classCount()).isZero();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        String email = TestData.email("typed");

        var response = api.post("/api/v1/members", adminToken,
                "{\"email\": \"" + email + "\", \"displayName\": \"Typed\", \"roles\": 5}").isInvalid("roles");

        assertThat(response.json().path("errors").get(0).path("code").asString()).isEqualTo("wrong-type");
        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void aPathVariableOfTheWrongTypeIsNamed() {
        api.get("/api/v1/members/not-a-uuid", adminToken).isInvalid("id");
    }

    @Test
    void anUnknownFieldIsRefusedAndNamed() {
        var response = api.post("/api/v1/classes", adminToken,
                Map.of("name", "Maths", "tenantId", data.tenant().id().toString())).isInvalid("tenantId");

        assertThat(response.json().path("errors").get(0).path("code").asString()).isEqualTo("unknown-field");
        assertThat(classCount()).isZero();
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String email = TestData.email("huge");

        api.post("/api/v1/auth/register", null, Map.of("email", email, "password", TestData.PASSWORD,
                "displayName", "x".repeat(256 * 1024))).isProblem(413, "body-too-large");

        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void anInvalidEmailAddressIsNamed() {
        api.post("/api/v1/auth/register", null, Map.of("email", "not-an-address", "password", TestData.PASSWORD,
                "displayName", "Nobody")).isInvalid("email");
        api.post("/api/v1/members", adminToken, Map.of("email", "also@not@an-address", "displayName", "Nobody",
                "roles", List.of("learner"))).isInvalid("email");

        assertThat(memberCount()).isEqualTo(1);
    }

    @Test
    void markupInADisplayNameIsRefused() {
        String email = TestData.email("markup");

        api.post("/api/v1/auth/register", null, Map.of("email", email, "password", TestData.PASSWORD,
                "displayName", "<script>alert(1)</script>", "tenant", tenant.slug())).isInvalid("displayName");

        assertThat(data.account(email)).isEmpty();
    }

    @Test
    void markupInAProfileUpdateLeavesTheProfileAsItWas() {
        Person learner = data.member(tenant, Role.LEARNER);
        String token = api.signIn(learner).accessToken();
        String before = api.me(token).json().path("displayName").asString();

        api.put("/api/v1/users/me", token, profile("<img src=x onerror=alert(1)>")).isInvalid("displayName");

        assertThat(api.me(token).json().path("displayName").asString()).isEqualTo(before);
    }

    @Test
    void sqlMetacharactersInANameAreStoredLiterally() {
        Person learner = data.member(tenant, Role.LEARNER);
        String token = api.signIn(learner).accessToken();
        String name = "O'Brien\"; DROP TABLE identity_user; --";

        var updated = api.put("/api/v1/users/me", token, profile(name));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(api.me(token).json().path("displayName").asString()).isEqualTo(name);
        assertThat(data.jdbc().queryForObject("select count(*) from identity_user where display_name = ?",
                Long.class, name)).isEqualTo(1);
    }

    @Test
    void sqlMetacharactersInAFilterAreJustAnUnknownRole() {
        api.get("/api/v1/members?role=' OR '1'='1", adminToken).isInvalid("role");
    }

    @Test
    void anUnknownAddressIsANotFoundProblem() {
        api.get("/api/v1/nowhere", adminToken).isProblem(404, "not-found");
    }

    @Test
    void anUnknownAddressNeedsSigningInFirst() {
        api.get("/api/v1/nowhere", null).isProblem(401, "authentication-required");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAProblem() {
        api.put("/api/v1/auth/login", null, Map.of("email", admin.email())).isProblem(405, "method-not-allowed");
        api.delete("/api/v1/users/me", adminToken).isProblem(405, "method-not-allowed");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsAProblem() {
        api.send(MockMvcRequestBuilders.post("/api/v1/classes").contentType(MediaType.TEXT_PLAIN)
                .content("name=Maths"), adminToken, null).isProblem(415, "unsupported-media-type");

        assertThat(classCount()).isZero();
    }

    private Map<String, Object> profile(String displayName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("displayName", displayName);
        body.put("locale", "en");
        body.put("timeZone", "Asia/Kolkata");
        body.put("visibility", "CONNECTIONS");
        return body;
    }

    private long classCount() {
        return data.jdbc().queryForObject("select count(*) from organization_class where tenant_id = ?", Long.class,
                tenant.id().value());
    }

    private long memberCount() {
        return data.jdbc().queryForObject("select count(*) from organization_membership where tenant_id = ?",
                Long.class, tenant.id().value());
    }
}
