package org.vidya.identity.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.identity.auth.ProfileService;
import org.vidya.identity.domain.UserAccount;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.vidya.support.Pages.find;
import static org.vidya.support.Pages.session;
import static org.vidya.support.Pages.signedIn;
import static org.vidya.support.TestData.PASSWORD;

@ApiTest
class AccountPageControllerTests {

    // The smallest PNG: one transparent pixel.
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired ProfileService profiles;
    @Autowired TestData data;
    @Autowired Api api;

    TestTenant school;

    @BeforeEach
    void school() {
        school = data.tenant();
    }

    @Test
    void registrationCreatesAnAccountAndSendsAConfirmationLink() throws Exception {
        data.publicTenant();
        String email = TestData.email("newcomer");

        mvc.perform(post("/register").with(csrf()).param("email", email).param("displayName", "Asha Kumar")
                        .param("password", "a long enough password").param("organization", ""))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/registered"));

        AccountSummary account = identity.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Asha Kumar");
        assertThat(account.emailVerified()).isFalse();
        String mail = data.lastMailTo(email).orElseThrow().text();
        assertThat(mail).startsWith("Confirm your e-mail address for Vidya");

        String token = find(mail, "/verify-email/(\\S+)");
        String page = mvc.perform(get("/verify-email/" + token))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"email-verified\"");
        assertThat(identity.findByEmail(email).orElseThrow().emailVerified()).isTrue();

        // The link works once.
        assertThat(mvc.perform(get("/verify-email/" + token)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString()).contains("data-testid=\"invalid-link\"");
    }

    @Test
    void registrationShowsTheServiceRulesNextToTheFields() throws Exception {
        data.publicTenant();
        String email = TestData.email("newcomer");

        String page = mvc.perform(post("/register").with(csrf()).param("email", email)
                        .param("displayName", "Asha").param("password", "short"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"password-error\"")
                .contains("aria-describedby=\"password-hint password-error\"")
                .contains("Password</span> <span>must have at least 10 characters");
        assertThat(identity.findByEmail(email)).isEmpty();
    }

    @Test
    void profilePageSavesChangesAndEscapesTheBio() throws Exception {
        Person learner = data.member(school, Role.LEARNER);
        String email = learner.email();
        MockHttpSession session = signIn(email);

        mvc.perform(get("/account/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(view().name("identity/profile"));

        String bio = "<script>alert('hi')</script> I like <b>maths</b>";
        mvc.perform(post("/account/profile").with(csrf()).session(session)
                        .param("displayName", "Mira Das").param("bio", bio).param("locale", "km")
                        .param("timeZone", "Asia/Phnom_Penh").param("visibility", "PRIVATE"))
                .andExpect(redirectedUrl("/account/profile?saved=profile"));

        UserAccount saved = profiles.me(learner.id());
        assertThat(saved.displayName()).isEqualTo("Mira Das");
        assertThat(saved.bio()).isEqualTo(bio);
        assertThat(saved.locale()).isEqualTo("km");
        assertThat(saved.timeZone()).isEqualTo("Asia/Phnom_Penh");
        assertThat(saved.visibility()).isEqualTo(UserAccount.Visibility.PRIVATE);
        assertThat(signedIn(session).displayName()).as("the header's name").isEqualTo("Mira Das");

        String page = mvc.perform(get("/account/profile").param("saved", "profile").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; I like &lt;b&gt;maths&lt;/b&gt;")
                .doesNotContain("<script>alert")
                .doesNotContain("<b>maths</b>")
                .contains("data-testid=\"profile-saved\"");
    }

    @Test
    void profilePageRefusesMarkupInTheName() throws Exception {
        String email = data.member(school, Role.LEARNER).email();
        MockHttpSession session = signIn(email);

        String page = mvc.perform(post("/account/profile").with(csrf()).session(session)
                        .param("displayName", "<img src=x>").param("locale", "en").param("timeZone", "UTC")
                        .param("visibility", "PUBLIC"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"displayName-error\"").doesNotContain("<img src=x>");
    }

    @Test
    void uploadsAnAvatarAndServesItWithoutSniffing() throws Exception {
        String email = data.member(school, Role.LEARNER).email();
        MockHttpSession session = signIn(email);

        mvc.perform(multipart("/account/avatar").file(new MockMultipartFile("file", "me.png", "image/png", PNG))
                        .with(csrf()).session(session))
                .andExpect(redirectedUrl("/account/profile?saved=avatar"));

        mvc.perform(get("/account/avatar").session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        String page = mvc.perform(multipart("/account/avatar")
                        .file(new MockMultipartFile("file", "me.png", "image/png", "<html>".getBytes()))
                        .with(csrf()).session(session))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"file-error\"").contains("must be a PNG, JPEG, WebP or GIF image");
    }

    @Test
    void securityPageListsThisSessionAndSignsOutEverywhere() throws Exception {
        String email = data.member(school, Role.LEARNER).email();
        MockHttpSession phone = signIn(email);
        MockHttpSession laptop = signIn(email);

        String page = mvc.perform(get("/account/security").session(laptop))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"current-session\"").contains("data-testid=\"setup-totp\"");
        assertThat(page.split("data-current=", -1)).hasSize(3);

        mvc.perform(post("/account/security/sign-out-everywhere").with(csrf()).session(laptop))
                .andExpect(redirectedUrl("/login?signedOut"));

        assertThat(laptop.isInvalid()).isTrue();
        mvc.perform(get("/account/security").session(phone)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void staffCannotTurnTheirAuthenticatorAppOff() throws Exception {
        Person teacher = data.member(school, Role.TEACHER);
        String email = teacher.email();
        var first = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/totp")).andReturn();
        MockHttpSession session = session(first);
        mvc.perform(post("/login/totp").with(csrf()).session(session).param("code", api.totp(teacher.totpSecret())))
                .andExpect(redirectedUrl("/"));

        assertThat(mvc.perform(get("/account/security").session(session)).andReturn().getResponse()
                .getContentAsString()).contains("data-testid=\"totp-required-for-staff\"")
                .doesNotContain("data-testid=\"disable-totp\"");
        String page = mvc.perform(post("/account/security/totp/disable").with(csrf()).session(session)
                        .param("code", "123456"))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"error-summary\"").contains("Staff accounts must keep");
        assertThat(identity.findByEmail(email).orElseThrow().totpEnabled()).isTrue();
    }

    @Test
    void changesThePasswordWithTheCurrentOne() throws Exception {
        String email = data.member(school, Role.LEARNER).email();
        MockHttpSession session = signIn(email);

        assertThat(mvc.perform(post("/account/security/password").with(csrf()).session(session)
                        .param("currentPassword", "wrong one").param("newPassword", "another long password"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString())
                .contains("id=\"currentPassword-error\"").contains("Current password</span> <span>is not right");

        mvc.perform(post("/account/security/password").with(csrf()).session(session)
                        .param("currentPassword", PASSWORD).param("newPassword", "another long password"))
                .andExpect(redirectedUrl("/account/security?done=password"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "another long password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void resetsAForgottenPasswordFromTheEmailedLink() throws Exception {
        String email = data.member(school, Role.LEARNER).email();

        String sent = mvc.perform(post("/forgot-password").with(csrf()).param("email", email))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/forgot-password").with(csrf()).param("email", TestData.email("nobody")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("data-testid=\"reset-link-sent\"");
        assertThat(unknown).contains("data-testid=\"reset-link-sent\"");

        String token = find(data.lastMailTo(email).orElseThrow().text(), "reset-password\\?token=(\\S+)");
        mvc.perform(get("/reset-password").param("token", token)).andExpect(status().isOk());
        assertThat(mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                        .param("password", "brand new password").param("confirmPassword", "something else"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("id=\"confirmPassword-error\"");
        assertThat(mvc.perform(post("/reset-password").with(csrf()).param("token", token)
                        .param("password", "brand new password").param("confirmPassword", "brand new password"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("data-testid=\"password-changed\"");

        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "brand new password"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void switchesTheSessionToAnotherOfThePersonsTenants() throws Exception {
        TestTenant club = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        String email = learner.email();
        data.join(learner, club, Role.LEARNER);
        MockHttpSession session = signIn(email);

        mvc.perform(post("/switch-tenant").with(csrf()).session(session).param("tenant", club.slug()))
                .andExpect(redirectedUrl("/"));

        assertThat(signedIn(session).tenantId()).isEqualTo(club.id());
    }

    private MockHttpSession signIn(String email) throws Exception {
        return session(mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn());
    }
}
