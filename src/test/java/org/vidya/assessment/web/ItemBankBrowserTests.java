package org.vidya.assessment.web;

import java.time.Clock;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vidya.support.Browser;
import org.vidya.support.BrowserSignIn;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;
import org.vidya.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The item editor in a real browser against the demo application: a teacher finds the
 * platform's demo bank, makes a bank of their own, adds a choice row with the editor's script,
 * previews the item as learners will see it (htmx swaps the preview in) and saves it.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemBankBrowserTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTeacherWritesPreviewsAndSavesAnItem() {
        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.staff(page, "rahul.verma@sunrise.example.org", clock);
        page.navigate("http://localhost:" + port + "/item-banks");
        assertThat(page.getByTestId("banks")).containsText("JEE Physics: Mechanics");

        String name = "Optics " + TestData.suffix();
        page.getByLabel("Name").fill(name);
        page.getByTestId("new-bank").getByRole(com.microsoft.playwright.options.AriaRole.BUTTON).click();
        assertThat(page.getByTestId("bank-name")).hasText(name);
        page.getByTestId("new-item").click();
        page.waitForLoadState();

        Locator choices = page.locator("fieldset[data-list]").first();
        assertThat(choices.locator("[data-row]")).hasCount(2);
        choices.locator("[data-add-row]").click();
        assertThat(choices.locator("[data-row]")).hasCount(3);
        String newId = page.locator("[name='body.choices[2].id']").inputValue();
        org.assertj.core.api.Assertions.assertThat(newId).matches("[A-Za-z0-9]{5}");

        page.locator("#body-prompt").fill("Which lens **converges** light?");
        page.locator("[name='body.choices[0].text']").fill("Convex");
        page.locator("[name='body.choices[0].fraction']").fill("1");
        page.locator("[name='body.choices[1].text']").fill("Concave");
        page.locator("[name='body.choices[2].text']").fill("Plane glass");
        page.locator("#title").fill("Converging lens");
        page.locator("#primaryConcept").fill("physics.optics.lenses");

        page.getByTestId("preview-button").click();
        assertThat(page.locator("#item-preview .choices li")).hasCount(3);
        assertThat(page.locator("#item-preview .prompt strong")).hasText("converges");

        page.getByTestId("save").click();
        assertThat(page.getByTestId("notice")).containsText("Converging lens");
        assertThat(page.getByTestId("items")).containsText("Converging lens");
    }
}
