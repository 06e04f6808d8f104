package org.vidya.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

/** An org admin of one school reaching for another school's records by id. */
@ApiTest
class TenantIsolationTests {

    @Autowired Api api;
    @Autowired TestData data;

    TestTenant ours;
    Person admin;
    Person ourLearner;
    String token;

    TestTenant theirs;
    Person theirLearner;
    Person theirParent;
    Person theirManager;
    UUID theirClass;
    UUID theirTeam;
    UUID theirLink;
    UUID theirInvitation;

    @BeforeEach
    void twoSchools() {
        ours = data.tenant();
        admin = data.member(ours, Role.ORG_ADMIN);
        ourLearner = data.member(ours, Role.LEARNER);
        token = api.signIn(admin).accessToken();

        theirs = data.tenant();
        Person theirAdmin = data.member(theirs, Role.ORG_ADMIN);
        theirLearner = data.member(theirs, Role.LEARNER);
        theirParent = data.member(theirs, Role.PARENT);
        theirManager = data.member(theirs, Role.TEAM_MANAGER);
        theirClass = data.schoolClass(theirs, theirLearner);
        theirTeam = data.team(theirs, theirManager);
        theirLink = data.pendingGuardianLink(theirs, theirParent, theirLearner);
        theirInvitation = data.pendingInvitation(theirs, theirAdmin);
    }

    @Test
    void anotherTenantsMemberIsNotFoundAndStaysAsItWas() {
        Map<String, Object> before = row("organization_membership", theirLearner.membershipId());
        String path = "/api/v1/members/" + theirLearner.membershipId();

        api.get(path, token).isProblem(404, "member-not-found");
        api.patch(path, token, Map.of("roles", List.of("org_admin"), "status", "SUSPENDED"))
                .isProblem(404, "member-not-found");
        api.delete(path, token).isProblem(404, "member-not-found");

        assertThat(row("organization_membership", theirLearner.membershipId())).isEqualTo(before);
        assertThat(api.get("/api/v1/members/" + ourLearner.membershipId(), token).status()).isEqualTo(200);
    }

    @Test
    void anotherTenantsMembersAreNotListed() {
        var page = api.get("/api/v1/members?limit=200", token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("items").findValuesAsString("email"))
                .contains(admin.email(), ourLearner.email())
                .doesNotContain(theirLearner.email(), theirParent.email(), theirManager.email());
    }

    @Test
    void anotherTenantsClassIsNotFoundAndStaysAsItWas() {
        Map<String, Object> before = row("organization_class", theirClass);
        String path = "/api/v1/classes/" + theirClass;

        api.get(path, token).isProblem(404, "class-not-found");
        api.patch(path, token, Map.of("name", "Taken over")).isProblem(404, "class-not-found");
        api.delete(path, token).isProblem(404, "class-not-found");

        assertThat(row("organization_class", theirClass)).isEqualTo(before);
        assertThat(classMembers(theirClass)).isEqualTo(1);
    }

    @Test
    void anotherTenantsTeamIsNotFoundAndStaysAsItWas() {
        Map<String, Object> before = row("organization_team", theirTeam);
        String path = "/api/v1/teams/" + theirTeam;

        api.get(path, token).isProblem(404, "team-not-found");
        api.patch(path, token, Map.of("name", "Taken over")).isProblem(404, "team-not-found");
        api.delete(path, token).isProblem(404, "team-not-found");

        assertThat(row("organization_team", theirTeam)).isEqualTo(before);
    }

    @Test
    void anotherTenantsGuardianLinkCannotBeConfirmedOrRemoved() {
        Map<String, Object> before = row("organization_guardian_link", theirLink);

        api.post("/api/v1/guardian-links/" + theirLink + "/confirm", token, null).isProblem(404, "link-not-found");
        api.delete("/api/v1/guardian-links/" + theirLink, token).isProblem(404, "link-not-found");

        assertThat(row("organization_guardian_link", theirLink)).isEqualTo(before);
        assertThat(before.get("status")).isEqualTo("PENDING");
    }

    @Test
    void anotherTenantsInvitationCannotBeRevoked() {
        Map<String, Object> before = row("organization_invitation", theirInvitation);

        api.delete("/api/v1/invitations/" + theirInvitation, token).isProblem(404, "invitation-not-found");

        assertThat(row("organization_invitation", theirInvitation)).isEqualTo(before);
        assertThat(before.get("status")).isEqualTo("PENDING");
    }

    @Test
    void anotherTenantsPersonCannotBePutInOurClass() {
        UUID ourClass = data.schoolClass(ours);

        api.post("/api/v1/classes/" + ourClass + "/members", token,
                Map.of("userId", theirLearner.id().value(), "role", "LEARNER")).isInvalid("userId");

        assertThat(classMembers(ourClass)).isZero();
        assertThat(api.post("/api/v1/classes/" + ourClass + "/members", token,
                Map.of("userId", ourLearner.id().value(), "role", "LEARNER")).status()).isEqualTo(204);
    }

    @Test
    void anotherTenantsPersonCannotJoinOrManageOurTeam() {
        UUID ourTeam = data.team(ours, null);

        api.post("/api/v1/teams/" + ourTeam + "/members", token, Map.of("userId", theirLearner.id().value()))
                .isInvalid("userId");
        api.post("/api/v1/teams", token, Map.of("name", "Borrowed manager", "managerId",
                theirManager.id().value())).isInvalid("managerId");

        assertThat(data.jdbc().queryForObject("select count(*) from organization_team_member where team_id = ?",
                Long.class, ourTeam)).isZero();
        assertThat(data.jdbc().queryForObject("select count(*) from organization_team where tenant_id = ?",
                Long.class, ours.id().value())).isEqualTo(1);
    }

    @Test
    void anotherTenantsPeopleCannotBeLinkedAsParentAndChild() {
        api.post("/api/v1/guardian-links", token, Map.of("parentId", theirParent.id().value(),
                "childEmail", theirLearner.email())).isInvalid("parentId");

        assertThat(data.jdbc().queryForObject(
                "select count(*) from organization_guardian_link where tenant_id = ?", Long.class,
                ours.id().value())).isZero();
    }

    private Map<String, Object> row(String table, UUID id) {
        return data.jdbc().queryForMap("select * from " + table + " where id = ?", id);
    }

    private long classMembers(UUID classId) {
        return data.jdbc().queryForObject("select count(*) from organization_class_member where class_id = ?",
                Long.class, classId);
    }
}
