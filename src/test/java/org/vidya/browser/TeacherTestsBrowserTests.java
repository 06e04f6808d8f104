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
 * The teacher's half of the journey in a real browser: a teacher makes an item bank, imports a
 * GIFT file after previewing it as a table, builds a test from the imported items (searching the
 * bank, adding, previewing the paper), and schedules it for the class they teach.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeacherTestsBrowserTests {

    static final String GIFT = """
            // Three kinematics questions
            ::Free fall::A stone is dropped from rest. Its speed after 2 seconds, taking g as 10 m/s², is {
              =20 m/s
              ~10 m/s
              ~40 m/s
            }

            ::Units::The SI unit of acceleration is {=metre per second squared ~metre per second ~newton}

            ::Vector::Displacement is a vector quantity. {T}
            """;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aTeacherImportsQuestionsBuildsATestFromThemAndSchedulesItForTheirClass() {
        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.staff(page, "rahul.verma@sunrise.example.org", clock);
        String bank = "Kinematics by GIFT " + TestData.suffix();
        String test = "Kinematics weekly " + TestData.suffix();

        // A bank of the school, then the import page: preview the pasted GIFT as a table, then confirm.
        page.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Item banks").setExact(true)).click();
        page.getByTestId("new-bank").getByLabel("Name").fill(bank);
        page.getByTestId("new-bank").getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByTestId("bank-name")).hasText(bank);
        page.getByTestId("import").click();
        Locator choose = page.getByTestId("preview-form");
        choose.getByLabel("Format").selectOption("gift");
        choose.getByLabel("Or paste the questions").fill(GIFT);
        page.getByTestId("preview").click();
        assertThat(page.getByTestId("preview-table")).isVisible();
        assertThat(page.locator("[data-testid=preview-table] tbody tr[data-valid=true]")).hasCount(3);
        assertThat(page.getByTestId("preview-table")).containsText("A stone is dropped from rest");
        page.getByTestId("confirm").click();
        assertThat(page.getByTestId("notice")).containsText("3 items imported");

        // The test builder: search the new bank, add its three items, preview the paper, save.
        page.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tests").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/quizzes$"));
        page.getByTestId("new-quiz").click();
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill(test);
        page.getByLabel("Kind").selectOption("weekly");
        page.getByLabel("Time limit (minutes)", new Page.GetByLabelOptions().setExact(true)).fill("20");
        Locator search = page.getByTestId("bank-search");
        search.getByLabel("Bank").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(bank));
        page.getByTestId("search-items").click();
        assertThat(page.getByTestId("search-result")).hasCount(3);
        for (int i = 0; i < 3; i++) {
            page.getByTestId("add-item").first().click();
            assertThat(page.getByTestId("picked-item")).hasCount(i + 1);
        }
        assertThat(page.getByTestId("search-result").getByText("Added")).hasCount(3);
        page.getByTestId("jee-preset").click();
        assertThat(page.locator("#sections0-correct")).hasValue("4");
        page.getByTestId("preview").click();
        assertThat(page.getByTestId("preview-item")).hasCount(3);
        assertThat(page.getByTestId("paper-preview")).containsText("The SI unit of acceleration is");
        assertThat(page.getByTestId("paper-preview")).not().containsText("fraction");
        page.getByTestId("save-quiz").click();
        assertThat(page.getByTestId("notice")).containsText(test);
        assertThat(page.locator("h1")).hasText(test);

        // Schedule it for the class the teacher teaches; the board lists its learners.
        assertThat(page.locator("#classId option")).containsText(new String[] {"Grade 9 – B"});
        page.getByTestId("schedule-quiz").click();
        assertThat(page).hasURL(Pattern.compile(".*/schedules/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("notice")).containsText("Scheduled for Grade 9 – B");
        assertThat(page.getByTestId("board")).isVisible();
        assertThat(page.getByTestId("board-row").first()).containsText("Not started");
    }
}
