package org.vidya.identity.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.Role;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.vidya.support.Pages.find;
import static org.vidya.support.Pages.session;
import static org.vidya.support.Pages.signedIn;
import static org.vidya.support.TestData.PASSWORD;

@ApiTest
class SignInPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired IdentityManagement identity;
    @Autowired TestData data;
    @Autowired Api api;

    TestTenant school;

    @BeforeEach
    void school() {
        school = data.tenant();
    }

    @Test
    void signsInLearnerWithPasswordAndKeepsTheSession() throws Exception {
        Person learner = data.member(school, Role.LEARNER);
        String email = learner.email();

        MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        VidyaPrincipal principal = signedIn(session(result));
        assertThat(principal).isNotNull();
        assertThat(principal.userId()).isEqualTo(learner.id());
        assertThat(principal.tenantId()).isEqualTo(school.id());
        assertThat(principal.roles()).containsExactly(Role.LEARNER);
        assertThat(principal.sessionId()).isNotNull();
    }

    @Test
    void wrongPasswordShowsTheErrorAndOpensNoSession() throws Exception {
        String email = data.member(school, Role.LEARNER).email();

        MvcResult result = mvc.perform(post("/login").with(csrf()).param("email", email)
                        .param("password", "not the password"))
                .andExpect(status().isUnauthorized())
                .andExpect(view().name("identity/sign-in"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "The e-mail address or password is not right.")))
                .andReturn();

        assertThat(result.getResponse().getContentAsString())
                .contains("data-testid=\"error-summary\"")
                .contains("value=\"" + email + "\"")
                .doesNotContain("not the password");
        assertThat(signedIn(session(result))).isNull();
    }

    @Test
    void showsFieldErrorsNextToTheirFields() throws Exception {
        String page = mvc.perform(post("/login").with(csrf()).param("email", "not-an-address").param("password", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page)
                .contains("id=\"email-error\"")
                .contains("aria-describedby=\"email-error\"")
                .contains("aria-invalid=\"true\"")
                .contains("id=\"password-error\"")
                .contains("href=\"#email\"");
    }

    @Test
    void staffWithAnAuthenticatorAppEntersItsCodeAfterThePassword() throws Exception {
        Person teacher = data.member(school, Role.TEACHER);
        String email = teacher.email();

        MvcResult first = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/totp"))
                .andReturn();
        MockHttpSession session = session(first);
        assertThat(signedIn(session)).as("only half signed in").isNull();

        mvc.perform(get("/login/totp").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"totp\"")));
        // Half a sign-in opens no signed-in page.
        mvc.perform(get("/account/profile").session(session))
                .andExpect(redirectedUrl("/login"));

        mvc.perform(post("/login/totp").with(csrf()).session(session)
                        .param("code", api.wrongTotp(teacher.totpSecret())))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "The authenticator code is not right.")));

        // Signing in goes on to the page that asked for it.
        String code = api.totp(teacher.totpSecret());
        mvc.perform(post("/login/totp").with(csrf()).session(session).param("code", code))
                .andExpect(redirectedUrl("http://localhost/account/profile"));

        assertThat(signedIn(session)).extracting(VidyaPrincipal::userId).isEqualTo(teacher.id());
    }

    @Test
    void staffWithoutAnAuthenticatorAppSetsOneUpToFinishSigningIn() throws Exception {
        String email = data.memberWithoutTotp(school, Role.TEACHER).email();

        MvcResult first = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login/totp-setup"))
                .andReturn();
        MockHttpSession session = session(first);

        String page = mvc.perform(get("/login/totp-setup").session(session))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"qr\"").contains("alt=\"QR code for your authenticator app\"")
                .contains("src=\"data:image/png;base64,");
        String secret = find(page, "data-testid=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").replace(" ", "");
        // A reload shows the same secret, not a new one the app does not know.
        assertThat(mvc.perform(get("/login/totp-setup").session(session)).andReturn().getResponse()
                .getContentAsString()).contains(find(page, "data-testid=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<"));

        mvc.perform(post("/login/totp-setup").with(csrf()).session(session)
                        .param("code", api.totp(secret)))
                .andExpect(redirectedUrl("/"));

        assertThat(signedIn(session)).isNotNull();
        assertThat(identity.findByEmail(email).orElseThrow().totpEnabled()).isTrue();
    }

    @Test
    void signsInWithACodeSentByEmail() throws Exception {
        Person learner = data.member(school, Role.LEARNER);
        String email = learner.email();

        mvc.perform(get("/login/code")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"send-code\"")));
        String page = mvc.perform(post("/login/code").with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-testid=\"code-sent\"").contains("autocomplete=\"one-time-code\"")
                .contains("inputmode=\"numeric\"");

        String code = find(data.lastMailTo(email).orElseThrow().text(), "\\b(\\d{6})\\b");
        MvcResult result = mvc.perform(post("/login/code/verify").with(csrf()).param("email", email)
                        .param("code", code))
                .andExpect(redirectedUrl("/"))
                .andReturn();

        assertThat(signedIn(session(result))).extracting(VidyaPrincipal::userId).isEqualTo(learner.id());
    }

    @Test
    void saysTheSameWhenNoAccountHasTheAddress() throws Exception {
        mvc.perform(post("/login/code").with(csrf()).param("email", TestData.email("nobody")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"code-sent\"")));
    }

    @Test
    void saysWhenToTryAgainAfterTooManyWrongPasswords() throws Exception {
        String email = data.member(school, Role.LEARNER).email();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong " + i))
                    .andExpect(status().isUnauthorized());
        }

        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex(
                        "(?s).*Too many attempts. Try again in \\d+ minutes.*")));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        String email = data.member(school, Role.LEARNER).email();

        MvcResult result = mvc.perform(post("/login").param("email", email).param("password", PASSWORD)
                        .accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .attribute(org.vidya.platform.web.ErrorCodeAttributes.CODE, "csrf-token-invalid"))
                .andReturn();

        assertThat(signedIn(session(result))).isNull();
    }

    @Test
    void refusesAnHtmxPostWithoutCsrfTokenWithAProblem() throws Exception {
        mvc.perform(post("/login").header("HX-Request", "true").param("email", "someone@example.org")
                        .param("password", PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.code")
                        .value("csrf-token-invalid"));
    }

    @Test
    void confirmsSigningOut() throws Exception {
        mvc.perform(get("/login").param("signedOut", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("You are signed out")));
    }

    @Test
    void welcomesSomeoneWhoJustAcceptedAnInvitation() throws Exception {
        mvc.perform(get("/login").param("invited", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Account ready")));
        mvc.perform(get("/login"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Account ready"))));
    }

    @Test
    void sendsTheAuthenticatorStepBackToTheStartWithoutAPendingSignIn() throws Exception {
        mvc.perform(get("/login/totp")).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login/totp-setup").with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/login?expired"));
    }
}
