package org.vidya.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vidya.identity.auth.Totp;
import org.vidya.support.Browser;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main sign-in journeys in a real browser against the running application with its demo
 * data: a teacher with TOTP, a learner with an e-mailed code, an org admin importing members.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTests {

    static final String PASSWORD = DemoApplicationTest.PASSWORD;
    static final String TOTP_SECRET = DemoApplicationTest.TOTP_SECRET;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    Page page() {
        return browser.newPage("http://localhost:" + port);
    }

    @Test
    void teacherSignsInWithTotpSeesTheDashboardAndSignsOut() {
        Page page = page();
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        page.getByTestId("email").fill("anita.sharma@sunrise.example.org");
        page.getByTestId("password").fill(PASSWORD);
        page.getByTestId("sign-in").click();

        assertThat(page).hasURL(Pattern.compile(".*/login/totp$"));
        page.getByTestId("totp").fill(Totp.code(TOTP_SECRET, Totp.step(clock.instant())));
        page.getByTestId("verify-totp").click();

        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByTestId("dashboard-tenant")).containsText("Sunrise Public School");
        assertThat(page.getByTestId("dashboard-roles")).containsText("Teacher");
        assertThat(page.locator("main")).containsText("Grade 8 – A");

        // She also learns in the public space: the header switches her session there.
        page.getByTestId("tenant-switch").selectOption("open");
        assertThat(page.getByTestId("dashboard-tenant")).containsText("Vidya Open");
        assertThat(page.getByTestId("dashboard-roles")).containsText("Learner");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anita Sharma")).click();
        page.getByTestId("sign-out").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?signedOut$"));
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void learnerSignsInWithACodeFromTheDeveloperMailbox() {
        Page page = page();
        page.navigate("/login");
        page.getByTestId("use-code").click();
        page.getByTestId("email").fill("diya.sharma@sunrise.example.org");
        page.getByTestId("send-code").click();
        assertThat(page.getByTestId("code")).isVisible();

        Page mailbox = page.context().newPage();
        mailbox.navigate("/dev/mailbox?to=diya.sharma@sunrise.example.org");
        mailbox.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("sign-in code")))
                .first().click();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(mailbox.getByTestId("mail-body").textContent());
        assertThat(code.find()).isTrue();
        mailbox.close();

        page.getByTestId("code").fill(code.group(1));
        page.getByTestId("sign-in-with-code").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        assertThat(page.getByTestId("dashboard-roles")).containsText("Learner");
        assertThat(page.locator("main")).containsText("Grade 8 – A");
    }

    @Test
    void aFormThatLostItsSecurityTokenExplainsItselfInsteadOfFailingSilently() {
        Page page = page();
        page.navigate("/login");
        page.evaluate("document.querySelector('form input[name=_csrf]').value = 'stale'");
        page.getByTestId("email").fill("aarav.patel@sunrise.example.org");
        page.getByTestId("password").fill(PASSWORD);
        page.getByTestId("sign-in").click();
        assertThat(page.getByTestId("error-expired-form")).isVisible();
    }

    @Test
    void orgAdminImportsMembersFromCsv() throws Exception {
        Page page = page();
        page.navigate("/login");
        page.getByTestId("email").fill("principal@sunrise.example.org");
        page.getByTestId("password").fill(PASSWORD);
        page.getByTestId("sign-in").click();
        page.getByTestId("totp").fill(Totp.code(TOTP_SECRET, Totp.step(clock.instant())));
        page.getByTestId("verify-totp").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));

        Path csv = Files.createTempFile("members", ".csv");
        Files.writeString(csv, """
                email,name,roles,class
                zoya.qureshi@sunrise.example.org,Zoya Qureshi,learner,Grade 8 – A
                not-an-email,Broken Line,learner,
                yash.tiwari@sunrise.example.org,Yash Tiwari,learner;content_creator,Grade 9 – B
                """, StandardCharsets.UTF_8);
        page.navigate("/admin/import");
        page.getByTestId("csv-file").setInputFiles(csv);
        page.getByTestId("csv-check").click();
        assertThat(page.getByTestId("csv-preview")).containsText("zoya.qureshi@sunrise.example.org");
        assertThat(page.locator("[data-testid=csv-line][data-line='3']")).containsText("not-an-email");
        assertThat(page.locator("[data-testid=csv-line][data-line='3']")).hasAttribute("data-outcome", "failed");
        page.getByTestId("csv-import").click();

        assertThat(page.locator("[data-testid=report-line][data-line='2']")).hasAttribute("data-outcome",
                "imported");
        assertThat(page.locator("[data-testid=report-line][data-line='4']")).hasAttribute("data-outcome",
                "imported");
        assertThat(page.locator("[data-testid=report-line][data-line='3']")).hasAttribute("data-outcome", "failed");
        page.navigate("/admin/members?role=learner");
        assertThat(page.locator("main")).containsText("Zoya Qureshi");
        assertThat(page.locator("main")).not().containsText("Broken Line");
    }
}
