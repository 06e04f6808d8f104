package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.platform.web.Notice;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.find;
import static org.vidya.support.Pages.html;
import static org.vidya.support.TestData.email;

@PageTest
class InvitationPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired IdentityManagement identity;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aNewPersonSetsAPasswordAndTheAccountBecomesActive() throws Exception {
        TestTenant school = data.tenant("Lily Pond School", TenantType.SCHOOL);
        Person admin = data.member(school, "Lata Admin", Role.ORG_ADMIN);
        String invited = email("Nia New");
        String token = invite(admin, invited, "Nia", "learner");

        Document page = html(mvc.perform(get("/invitations/{token}", token)).andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=invitation-tenant]").text()).isEqualTo("Lily Pond School");
        assertThat(page.select("[data-testid=invitation-email]").text()).isEqualTo(invited);
        assertThat(page.select("[data-testid=invitation-roles]").text()).isEqualTo("Learner");
        assertThat(page.select("[data-testid=invitation-new] #displayName").val()).isEqualTo("Nia");

        Document mismatch = html(mvc.perform(post("/invitations/{token}", token).with(csrf())
                .param("displayName", "Nia Rao").param("password", "a long enough secret")
                .param("confirmPassword", "another secret"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(mismatch.select("#confirmPassword-error").text()).isNotBlank();
        assertThat(mismatch.select("#password").val()).isEmpty();

        Document weak = html(mvc.perform(post("/invitations/{token}", token).with(csrf())
                .param("displayName", "Nia Rao").param("password", "short").param("confirmPassword", "short"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(weak.select("#password-error").text()).contains("at least 10 characters");
        assertThat(identity.findByEmail(invited)).isEmpty();

        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("displayName", "Nia Rao")
                .param("password", "a long enough secret").param("confirmPassword", "a long enough secret"))
                .andExpect(redirectedUrl("/login?invited"))
                .andExpect(flash().attribute("notice", new Notice("org.invitation.ready", "Lily Pond School")));

        var account = identity.findByEmail(invited).orElseThrow();
        assertThat(account.status()).isEqualTo("ACTIVE");
        assertThat(account.displayName()).isEqualTo("Nia Rao");
        String hash = jdbc.queryForObject("select password_hash from identity_user where id = ?", String.class,
                account.id().value());
        assertThat(passwords.matches("a long enough secret", hash)).isTrue();
        assertThat(data.isMember(school, invited)).isTrue();

        mvc.perform(get("/invitations/{token}", token).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void someoneWithAnAccountSignsInAsTheInvitedAddressThenAccepts() throws Exception {
        TestTenant school = data.tenant("Orchid School", TenantType.SCHOOL);
        Person admin = data.member(school, "Om Admin", Role.ORG_ADMIN);
        TestTenant elsewhere = data.tenant("Vidya Open", TenantType.PUBLIC);
        Person existing = data.member(elsewhere, "Esha Existing", Role.LEARNER);
        Person stranger = data.member(elsewhere, "Sam Stranger", Role.LEARNER);
        String token = invite(admin, existing.email(), "Esha", "teacher");

        Document anonymous = html(mvc.perform(get("/invitations/{token}", token)).andReturn());
        assertThat(anonymous.select("[data-testid=invitation-new]")).isEmpty();
        assertThat(anonymous.select("[data-testid=invitation-sign-in] a").attr("href")).isEqualTo("/login");

        Document other = html(mvc.perform(get("/invitations/{token}", token).with(as(stranger))).andReturn());
        assertThat(other.select("[data-testid=invitation-accept]")).isEmpty();
        mvc.perform(post("/invitations/{token}/accept", token).with(csrf()).with(as(stranger)))
                .andExpect(status().isForbidden());

        Document signedIn = html(mvc.perform(get("/invitations/{token}", token).with(as(existing))).andReturn());
        assertThat(signedIn.select("[data-testid=invitation-accept] button")).hasSize(1);

        mvc.perform(post("/invitations/{token}/accept", token).with(csrf()).with(as(existing)))
                .andExpect(redirectedUrl("/"));
        assertThat(data.isMember(school, existing.email())).isTrue();
    }

    private String invite(Person admin, String address, String name, String role) throws Exception {
        mvc.perform(post("/admin/invitations").with(csrf()).with(as(admin)).param("email", address)
                .param("displayName", name).param("roles", role))
                .andExpect(redirectedUrl("/admin/invitations"));
        return find(data.lastMailTo(address).orElseThrow().body(), "/invitations/([A-Za-z0-9_-]+)");
    }
}
