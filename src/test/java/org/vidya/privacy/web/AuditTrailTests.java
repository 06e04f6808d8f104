package org.vidya.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

@ApiTest
class AuditTrailTests {

    @Autowired Api api;
    @Autowired TestData data;

    @Test
    void failedSignInIsAuditedInTheMembersTenantWithTheClientAddress() {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        loginFrom("203.0.113.41", learner.email(), "not the password").isProblem(401, "invalid-credentials");

        assertThat(events(learner.id().toString(), "auth.sign-in")).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("FAILURE");
            assertThat(row.get("address")).isEqualTo("203.0.113.41");
            assertThat(row.get("tenant_id")).isEqualTo(learner.tenant().id().value());
            assertThat(row.get("actor_email")).isEqualTo(learner.email());
        });
    }

    @Test
    void failedSignInForAnUnknownAddressIsAuditedOnThePlatform() {
        String nobody = TestData.email("nobody");

        api.login(nobody, "not the password", null).isProblem(401, "invalid-credentials");

        assertThat(events(nobody, "auth.sign-in")).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("FAILURE");
            assertThat(row.get("tenant_id")).isEqualTo(TenantId.PLATFORM.value());
        });
    }

    @Test
    void successfulSignInIsAuditedInTheTenantOfTheSession() {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        var response = loginFrom("198.51.100.7", learner.email(), learner.password());

        assertThat(response.status()).isEqualTo(200);
        assertThat(events(learner.id().toString(), "auth.sign-in")).singleElement().satisfies(row -> {
            assertThat(row.get("outcome")).isEqualTo("SUCCESS");
            assertThat(row.get("actor_id")).isEqualTo(learner.id().value());
            assertThat(row.get("tenant_id")).isEqualTo(learner.tenant().id().value());
            assertThat(row.get("address")).isEqualTo("198.51.100.7");
        });
    }

    @Test
    void orgAdminSeesTheirOwnTenantsEventsAndNoOtherTenants() {
        TestTenant ours = data.tenant();
        Person admin = data.member(ours, Role.ORG_ADMIN);
        Person ourLearner = data.member(ours, Role.LEARNER);
        Person theirLearner = data.member(data.tenant(), Role.LEARNER);
        api.signIn(ourLearner);
        api.signIn(theirLearner);
        api.login(ourLearner.email(), "not the password", null).isProblem(401, "invalid-credentials");
        api.login(theirLearner.email(), "not the password", null).isProblem(401, "invalid-credentials");
        String token = api.signIn(admin).accessToken();

        var page = api.get("/api/v1/audit-events?limit=200", token);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("items").findValuesAsString("outcome")).contains("FAILURE");
        List<String> actors = page.json().path("items").findValuesAsString("actorId");
        assertThat(actors).contains(ourLearner.id().toString(), admin.id().toString())
                .doesNotContain(theirLearner.id().toString());
        assertThat(page.json().path("items").findValuesAsString("resourceId"))
                .doesNotContain(theirLearner.id().toString());

        var byEmail = api.get("/api/v1/audit-events?limit=200&actorEmail=" + ourLearner.email(), token);
        assertThat(byEmail.json().path("items").findValuesAsString("actorEmail")).isNotEmpty()
                .containsOnly(ourLearner.email());
    }

    @Test
    void filterByActionStaysWithinTheTenant() {
        TestTenant ours = data.tenant();
        Person admin = data.member(ours, Role.ORG_ADMIN);
        Person ourLearner = data.member(ours, Role.LEARNER);
        Person theirLearner = data.member(data.tenant(), Role.LEARNER);
        api.signIn(ourLearner);
        api.signIn(theirLearner);
        String token = api.signIn(admin).accessToken();

        var page = api.get("/api/v1/audit-events?action=auth.sign-in&actor=" + theirLearner.id(), token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").isEmpty()).isTrue();
        assertThat(api.get("/api/v1/audit-events?action=auth.sign-in&actor=" + ourLearner.id(), token)
                .json().path("items").findValuesAsString("outcome")).containsExactly("SUCCESS");
    }

    @Test
    void learnersCannotReadTheAuditLog() {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        api.get("/api/v1/audit-events", api.signIn(learner).accessToken()).isProblem(403, "access-denied");
    }

    private Api.Response loginFrom(String address, String email, String password) {
        return api.send(MockMvcRequestBuilders.post("/api/v1/auth/login").header("X-Forwarded-For", address), null,
                Map.of("email", email, "password", password));
    }

    private List<Map<String, Object>> events(String resourceId, String action) {
        return data.jdbc().queryForList(
                "select * from privacy_audit_event where resource_id = ? and action = ? order by id", resourceId,
                action);
    }
}
