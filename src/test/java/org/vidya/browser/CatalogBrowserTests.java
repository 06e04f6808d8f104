package org.vidya.browser;

import java.time.Clock;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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
 * Authoring in a real browser against the running application with its demo data: a teacher
 * writes a course with a lesson, arranges its modules, previews the lesson as learners will see
 * it, publishes the course, and finds it in the catalog beside the demo courses.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogBrowserTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anAuthorWritesPreviewsAndPublishesACourseThatThenAppearsInTheCatalog() {
        Page page = browser.newPage("http://localhost:" + port);
        page.onDialog(dialog -> dialog.accept());
        signInAsTeacher(page);
        String title = "Monsoon Science " + TestData.suffix();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Authoring").setExact(true)).click();
        page.getByTestId("new-course").click();
        page.getByLabel("Title (English)").fill(title);
        page.getByLabel("Description (English)").fill("Why the rains come when they do.");
        page.getByLabel("Category").fill("Geography");
        page.getByLabel("Estimated hours").fill("3");
        page.getByTestId("create-course").click();
        assertThat(page.getByTestId("notice")).containsText("created");
        assertThat(page.getByTestId("course-title")).hasText(title);

        // Two modules, put in order with the keyboard-usable move buttons (htmx swaps the list in place).
        Locator addModule = page.getByTestId("add-module");
        addModule.getByLabel("Title (English)").fill("Winds");
        addModule.getByRole(AriaRole.BUTTON).click();
        page.getByTestId("add-module").getByLabel("Title (English)").fill("Seasons");
        page.getByTestId("add-module").getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("[data-testid=module] h3")).hasText(new String[] {"Winds", "Seasons"});
        // The page's scripts (htmx) have run once it has loaded, as they have for a person who clicks.
        page.waitForLoadState();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move Seasons up")).click();
        assertThat(page.locator("[data-testid=module] h3")).hasText(new String[] {"Seasons", "Winds"});
        assertThat(page.locator("#move-status")).hasText("Moved.");

        // A lesson in the first module, with a Markdown text.
        Locator seasons = page.locator("[data-testid=module]").first();
        seasons.getByText("Add a lesson").click();
        seasons.getByTestId("add-lesson").getByLabel("Title (English)").fill("Why it rains in June");
        seasons.getByTestId("add-lesson").getByLabel("Kind of lesson").selectOption("GUIDED_DISCOVERY");
        seasons.getByTestId("add-lesson").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("lesson-title")).hasText("Why it rains in June");

        page.getByTestId("add-markdown").locator("summary").click();
        page.getByTestId("add-markdown").getByLabel("Text (English)")
                .fill("## The land warms first\nWarm air **rises** over land and pulls moist sea air in.");
        page.getByTestId("add-markdown-submit").click();
        assertThat(page.getByTestId("notice")).hasText("Block added.");

        page.getByTestId("preview-lesson").click();
        assertThat(page.getByTestId("preview-banner")).isVisible();
        assertThat(page.locator("[data-testid=lesson-preview] h2")).hasText("The land warms first");
        assertThat(page.locator("[data-testid=lesson-preview] strong")).hasText("rises");

        // Back to the course, publish it (after confirming), and find it in the catalog.
        page.getByTestId("edit-lesson").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the course")).click();
        page.getByTestId("publish").click();
        assertThat(page.getByTestId("notice")).containsText("version 1");
        assertThat(page.getByTestId("status")).hasAttribute("data-status", "published");

        page.getByLabel("Main navigation").getByRole(AriaRole.LINK,

                new Locator.GetByRoleOptions().setName("Catalog").setExact(true)).click();
        assertThat(page.getByTestId("catalog-results")).containsText("Python Basics");
        assertThat(page.getByTestId("catalog-results")).containsText("JEE Physics: Mechanics");
        page.waitForLoadState();
        page.getByTestId("catalog-q").fill("Monsoon");
        assertThat(page.getByTestId("course-card")).hasCount(1);
        Locator card = page.getByTestId("course-card");
        assertThat(card).containsText(title);
        assertThat(card).containsText("Your organization");
        assertThat(card.getByRole(AriaRole.LINK)).hasAttribute("href", Pattern.compile("/courses/[0-9a-f-]{36}"));
        page.getByTestId("catalog-q").fill("no such course anywhere");
        assertThat(page.getByTestId("catalog-empty")).isVisible();
    }

    private void signInAsTeacher(Page page) {
        BrowserSignIn.staff(page, "rahul.verma@sunrise.example.org", clock);
    }
}
