package org.vidya.support;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.awaitility.Awaitility;
import org.vidya.identity.auth.Totp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signs a demo person in through the real sign-in pages of {@link DemoApplicationTest}. */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    public static void learner(Page page, String email) {
        page.navigate("/login");
        page.getByTestId("email").fill(email);
        page.getByTestId("password").fill(DemoApplicationTest.PASSWORD);
        page.getByTestId("sign-in").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }

    /** Password, then the authenticator code of the demo TOTP secret. */
    public static void staff(Page page, String email, Clock clock) {
        page.navigate("/login");
        page.getByTestId("email").fill(email);
        page.getByTestId("password").fill(DemoApplicationTest.PASSWORD);
        page.getByTestId("sign-in").click();
        assertThat(page).hasURL(Pattern.compile(".*/login/totp$"));
        long step = Totp.step(clock.instant());
        page.getByTestId("totp").fill(Totp.code(DemoApplicationTest.TOTP_SECRET, step));
        Response answer = page.waitForResponse(r -> r.request().method().equals("POST")
                && r.url().endsWith("/login/totp"), () -> page.getByTestId("verify-totp").click());
        if (answer.status() != 302) {
            // Another browser test signed this person in with this step's code, and a code counts
            // once: wait for the authenticator's next code, as a person would.
            Awaitility.await().atMost(Duration.ofSeconds(35)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Totp.step(clock.instant()) > step);
            page.getByTestId("totp").fill(Totp.code(DemoApplicationTest.TOTP_SECRET, Totp.step(clock.instant())));
            page.getByTestId("verify-totp").click();
        }
        assertThat(page).hasURL(Pattern.compile(".*/$"));
    }
}
