package org.vidya.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.vidya.support.Browser;
import org.vidya.support.BrowserSignIn;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's "done when", in the browser on the demo school: a newcomer signs in, the dashboard
 * offers the diagnostic, they take it item by item, see the mastery map with mastery values, the
 * due reviews and this week's adaptive test, take that test and submit it, and then the map has
 * changed and a concept's page says why.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MasteryBrowserTests {

    // A Grade 9 – B newcomer of the demo no other browser test signs in as.
    static final String NEWCOMER = "tara.sen@sunrise.example.org";
    static final String SUBJECT = "physics";
    static final int MOST_ITEMS = 40;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aNewcomerTakesTheDiagnosticAndTheWeeklyTestAndTheMapSaysWhatChangedAndWhy() {
        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.learner(page, NEWCOMER);

        // The dashboard offers the diagnostic; the map leads with it too.
        Locator offer = page.getByTestId("dashboard-diagnostic");
        assertThat(offer.first()).isVisible();
        page.getByTestId("dashboard-mastery").locator("a[href='/mastery/diagnostic?subject=" + SUBJECT + "']")
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/mastery/diagnostic\\?subject=" + SUBJECT + "$"));

        // The diagnostic: one item at a time until it knows where the learner stands.
        page.locator("input[name=subject][value=" + SUBJECT + "]").check();
        page.getByTestId("diagnostic-start").locator("button[type=submit]").click();
        for (int i = 0; i < MOST_ITEMS && page.getByTestId("diagnostic-result").count() == 0; i++) {
            Locator heading = page.getByTestId("session-heading");
            assertThat(heading).containsText(Pattern.compile("Question [1-9]\\d*$"));
            assertThat(page.getByTestId("session-item").locator("input, select, textarea, button").first()).isAttached();
            String before = heading.textContent();
            answer(page.getByTestId("session-item"));
            assertThat(page.getByTestId("session-submit")).isEnabled();
            page.getByTestId("session-submit").click();
            page.waitForFunction("prev => document.querySelector('[data-testid=diagnostic-result]') !== null"
                    + " || (document.querySelector('[data-testid=session-heading]') || {}).textContent !== prev",
                    before);
        }
        assertThat(page.getByTestId("diagnostic-result")).isVisible();
        page.getByTestId("to-map").click();

        // The map: no longer a newcomer, mastery values, due reviews and the weekly test.
        assertThat(page).hasURL(Pattern.compile(".*/mastery$"));
        assertThat(page.getByTestId("take-diagnostic")).hasCount(0);
        page.navigate("/mastery?subject=" + SUBJECT);
        assertThat(page.getByTestId("mastery-graph")).isVisible();
        assertThat(page.getByTestId("concept-mastery").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d+%"))).first()).isVisible();
        assertThat(page.getByTestId("due-reviews")).isVisible();
        Map<String, String> before = evidence(page);

        page.getByTestId("weekly-build").locator("button").click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/[0-9a-f-]{36}$"));
        Locator heading = page.getByTestId("question-heading");
        assertThat(heading).containsText(Pattern.compile("Question 1 of \\d+"));
        int questions = Integer.parseInt(heading.textContent().replaceAll(".* of (\\d+).*", "$1"));
        assertThat(questions).isGreaterThan(1);
        for (int q = 1; q <= questions; q++) {
            assertThat(heading).containsText("Question " + q + " of " + questions);
            answer(page.getByTestId("question-body"));
            if (q < questions) {
                page.getByTestId("next").click();
            }
        }
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");
        // Submitting asks to confirm when something is left unanswered: the learner does.
        page.onDialog(dialog -> dialog.accept());
        page.getByTestId("review").click();
        page.getByTestId("submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/[0-9a-f-]{36}/result$"));

        // Grading reaches the knowledge state after it commits: the map changes once it has.
        String changed = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> changedConcept(page, before), key -> key != null);
        page.navigate("/mastery/concepts/" + changed);
        assertThat(page.getByTestId("mastery-value")).containsText("%");
        assertThat(page.getByTestId("explanation-lead")).containsText(Pattern.compile("Mastery 0\\.\\d+ because:"));
        assertThat(page.getByTestId("reason").first()).isVisible();
        assertThat(page.getByTestId("reasons")).not().containsText("mastery.reason.");
    }

    /** Gives some answer to whatever the item asks: a choice, a number or a word, a pick in each list. */
    static void answer(Locator item) {
        Locator radios = item.locator("input[type=radio]");
        Locator boxes = item.locator("input[type=checkbox]");
        Locator texts = item.locator("input[type=text], input[type=number], input:not([type]), textarea");
        // A numeric answer's unit list is optional; the lists that are answers are the others.
        Locator lists = item.locator("select:not([id$='-unit'])");
        if (radios.count() > 0) {
            radios.first().check();
        } else if (boxes.count() > 0) {
            boxes.first().check();
        }
        for (int i = 0; i < texts.count(); i++) {
            texts.nth(i).fill("1");
        }
        Locator moves = item.locator("[data-testid=move-down]:not([disabled])");
        if (radios.count() + boxes.count() + texts.count() + lists.count() == 0 && moves.count() > 0) {
            // An ordering: any move makes it an answer.
            moves.first().click();
        }
        for (int i = 0; i < lists.count(); i++) {
            if (lists.nth(i).locator("option").count() > 1) {
                lists.nth(i).selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
            }
        }
    }

    /** The evidence column of every subject's table, by concept. */
    static Map<String, String> evidence(Page page) {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (String subject : new String[] {"physics", "math"}) {
            page.navigate("/mastery?subject=" + subject);
            Locator rows = page.getByTestId("concept-row");
            for (int i = 0; i < rows.count(); i++) {
                evidence.put(rows.nth(i).getAttribute("data-concept"), rows.nth(i).locator("td").nth(1).textContent()
                        .strip());
            }
        }
        return evidence;
    }

    /** A concept whose evidence differs from before, or null when none does yet. */
    static String changedConcept(Page page, Map<String, String> before) {
        Map<String, String> now = evidence(page);
        return now.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
