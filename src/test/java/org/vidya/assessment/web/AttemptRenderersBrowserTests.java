package org.vidya.assessment.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vidya.support.Browser;
import org.vidya.support.RequiresBrowser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test page's renderer of each item type, in a browser without a server: what a learner sees
 * of a rendered body, that every control has a label and works from the keyboard, and the response
 * each one reports, in the shape docs/item-format.md gives the type.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttemptRenderersBrowserTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final Browser browser = new Browser();

    Page page;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void aPageWithTheRenderers() throws Exception {
        page = browser.newPage("http://localhost");
        page.setContent("<!DOCTYPE html><html lang='en'><body><main id='item'></main></body></html>");
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(
                Files.readString(Path.of("src/main/resources/static/js/attempt.js"), StandardCharsets.UTF_8)));
    }

    /** Renders a body as the page does; every response the item reports is kept in window.responses. */
    void render(String type, String body, String response) {
        page.evaluate("([type, bodyJson, responseJson]) => {"
                + "const body = JSON.parse(bodyJson); const response = JSON.parse(responseJson);"
                + "window.responses = [];"
                + "const root = document.getElementById('item'); root.innerHTML = '';"
                + "const messages = { 'attempt.item.true': 'True', 'attempt.item.false': 'False',"
                + "  'attempt.item.yourAnswer': 'Your answer', 'attempt.item.unit': 'Unit', 'attempt.item.noUnit': '(no unit)',"
                + "  'attempt.item.moveUp': 'Move {0} up', 'attempt.item.moveDown': 'Move {0} down', 'attempt.item.gap': 'Gap {0}',"
                + "  'attempt.item.words': '{0} words', 'attempt.item.minWords': 'at least {0}', 'attempt.item.maxWords': 'at most {0}',"
                + "  'attempt.item.choose': 'Choose', 'attempt.case.next': 'Continue to the next stage',"
                + "  'attempt.case.stage': 'Stage {0} of {1}', 'attempt.item.movedTo': '{0} is now number {1}' };"
                + "const ctx = { id: 'q1', disabled: false,"
                + "  msg: (key, ...args) => (messages[key] || key).replace(/\\{(\\d+)\\}/g, (m, i) => args[i]),"
                + "  change: r => { window.responses.push(r); window.current = r; },"
                + "  remount: () => { root.innerHTML = ''; root.appendChild(window.VidyaAttempt.renderers[type](body, window.current, ctx)); } };"
                + "window.current = response;"
                + "root.appendChild(window.VidyaAttempt.renderers[type](body, response, ctx));"
                + "}", List.of(type, body, response == null ? "null" : response));
    }

    JsonNode last() {
        return JSON.readTree((String) page.evaluate("() => JSON.stringify(window.responses[window.responses.length - 1])"));
    }

    Locator item() {
        return page.locator("#item");
    }

    @Test
    void singleChoiceIsARadioGroupOfTheChoices() {
        render("single-choice", "{\"prompt\":\"<p>Which is a noble gas?</p>\",\"choices\":[{\"id\":\"k3\",\"text\":\"Neon\"},"
                + "{\"id\":\"p9\",\"text\":\"Iron\"}]}", null);
        assertThat(item().getByRole(AriaRole.RADIO)).hasCount(2);
        item().getByLabel("Iron").check();
        assertThat(last().toString()).isEqualTo("{\"choice\":\"p9\"}");
        // The keyboard moves between the choices of the group.
        item().getByLabel("Iron").press("ArrowUp");
        assertThat(last().toString()).isEqualTo("{\"choice\":\"k3\"}");
    }

    @Test
    void multipleResponseReportsEveryTickedChoiceAndNullWhenNone() {
        render("multiple-response", "{\"prompt\":\"Select the primes.\",\"choices\":[{\"id\":\"a1\",\"text\":\"2\"},"
                + "{\"id\":\"b2\",\"text\":\"3\"},{\"id\":\"c3\",\"text\":\"4\"}]}", "{\"choices\":[\"b2\"]}");
        assertThat(item().getByLabel("3", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        item().getByLabel("2", new Locator.GetByLabelOptions().setExact(true)).check();
        assertThat(last().toString()).isEqualTo("{\"choices\":[\"a1\",\"b2\"]}");
        item().getByLabel("2", new Locator.GetByLabelOptions().setExact(true)).uncheck();
        item().getByLabel("3", new Locator.GetByLabelOptions().setExact(true)).uncheck();
        assertThat(last().isNull()).isTrue();
    }

    @Test
    void trueFalseReportsABoolean() {
        render("true-false", "{\"prompt\":\"Light travels faster than sound.\"}", null);
        item().getByLabel("False").check();
        assertThat(last().toString()).isEqualTo("{\"value\":false}");
    }

    @Test
    void numericTakesADecimalStringAndAUnit() {
        render("numeric", "{\"prompt\":\"g?\",\"units\":[\"m/s^2\",\"cm/s^2\"]}", null);
        item().getByLabel("Your answer").fill("9.8");
        assertThat(last().toString()).isEqualTo("{\"value\":\"9.8\"}");
        item().getByLabel("Unit").selectOption("cm/s^2");
        assertThat(last().toString()).isEqualTo("{\"value\":\"9.8\",\"unit\":\"cm/s^2\"}");
    }

    @Test
    void shortTextAndEssayReportTheirText() {
        render("short-text", "{\"prompt\":\"Capital of France?\"}", null);
        item().getByLabel("Your answer").fill("Paris");
        assertThat(last().toString()).isEqualTo("{\"text\":\"Paris\"}");

        render("essay", "{\"prompt\":\"Discuss.\",\"minWords\":3,\"maxWords\":5}", "{\"text\":\"one two\"}");
        assertThat(item().locator(".word-count")).hasText("2 words (at least 3, at most 5)");
        assertThat(item().locator(".word-count")).hasClass(java.util.regex.Pattern.compile("outside"));
        item().getByLabel("Your answer").fill("one two three four");
        assertThat(item().locator(".word-count")).hasText("4 words (at least 3, at most 5)");
        assertThat(last().toString()).isEqualTo("{\"text\":\"one two three four\"}");
    }

    @Test
    void matchingHasASelectPerStem() {
        render("matching", "{\"prompt\":\"Match.\",\"stems\":[{\"id\":\"s1\",\"text\":\"newton\"},{\"id\":\"s2\",\"text\":\"joule\"}],"
                + "\"options\":[{\"id\":\"o1\",\"text\":\"energy\"},{\"id\":\"o2\",\"text\":\"force\"},{\"id\":\"o3\",\"text\":\"power\"}]}", null);
        item().getByLabel("newton").selectOption("o2");
        item().getByLabel("joule").selectOption("o1");
        assertThat(last().toString()).isEqualTo("{\"matches\":{\"s1\":\"o2\",\"s2\":\"o1\"}}");
    }

    @Test
    void orderingMovesItemsWithButtonsAndKeepsTheKeyboardOnTheMovedItem() {
        render("ordering", "{\"prompt\":\"Order the steps.\",\"items\":[{\"id\":\"q7\",\"text\":\"Anaphase\"},"
                + "{\"id\":\"x4\",\"text\":\"Prophase\"},{\"id\":\"m1\",\"text\":\"Metaphase\"}]}", null);
        item().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Prophase up")).click();
        assertThat(last().toString()).isEqualTo("{\"order\":[\"x4\",\"q7\",\"m1\"]}");
        // Focus stays on Prophase (now first): Enter on the focused button moves it back down.
        page.waitForFunction("() => document.activeElement && document.activeElement.getAttribute('aria-label') === 'Move Prophase down'");
        page.keyboard().press("Enter");
        assertThat(last().toString()).isEqualTo("{\"order\":[\"q7\",\"x4\",\"m1\"]}");
        assertThat(item().locator("li").first()).containsText("Anaphase");
        assertThat(item().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Move Anaphase up"))).isDisabled();
    }

    @Test
    void clozePutsAControlAtEachGapMarker() {
        render("cloze", "{\"text\":\"<p>Water boils at {{g1}} °C and is {{g2}}; its name is {{g3}}.</p>\",\"gaps\":["
                + "{\"id\":\"g1\",\"type\":\"numeric\",\"body\":{}},"
                + "{\"id\":\"g2\",\"type\":\"single-choice\",\"body\":{\"choices\":[{\"id\":\"h1\",\"text\":\"H₂O\"},{\"id\":\"h2\",\"text\":\"CO₂\"}]}},"
                + "{\"id\":\"g3\",\"type\":\"short-text\",\"body\":{}}]}", null);
        assertThat(item().locator("p")).containsText("Water boils at");
        assertThat(item().locator("p")).not().containsText("{{");
        item().getByLabel("Gap 1").fill("100");
        item().getByLabel("Gap 2").selectOption("h1");
        item().getByLabel("Gap 3").fill("water");
        assertThat(last().toString()).isEqualTo(
                "{\"gaps\":{\"g1\":{\"value\":\"100\"},\"g2\":{\"choice\":\"h1\"},\"g3\":{\"text\":\"water\"}}}");
    }

    @Test
    void aCaseRevealsItsStagesOneAtATimeAndLocksTheEarlierOnes() {
        render("case", "{\"prompt\":\"A 54-year-old presents with chest pain.\",\"stages\":["
                + "{\"id\":\"st1\",\"title\":\"History\",\"text\":\"<p>He smokes.</p>\",\"parts\":[{\"id\":\"p1\",\"type\":\"true-false\",\"body\":{\"prompt\":\"Risk factor?\"}}]},"
                + "{\"id\":\"st2\",\"title\":\"Investigations\",\"text\":\"<p>The ECG shows ST elevation.</p>\",\"parts\":[{\"id\":\"p2\",\"type\":\"essay\",\"body\":{\"prompt\":\"Your plan.\"}}]}]}",
                null);
        assertThat(item().getByTestId("case-stage")).hasCount(1);
        assertThat(item()).not().containsText("ST elevation");
        item().getByLabel("True").check();
        assertThat(last().toString()).isEqualTo("{\"stage\":1,\"parts\":{\"p1\":{\"value\":true}}}");
        item().getByTestId("next-stage").click();
        assertThat(item().getByTestId("case-stage")).hasCount(2);
        assertThat(item()).containsText("ST elevation");
        assertThat(item().getByLabel("True")).isDisabled();
        assertThat(item().getByTestId("next-stage")).hasCount(0);
        item().getByLabel("Your answer").fill("Aspirin.");
        assertThat(last().toString()).isEqualTo("{\"stage\":2,\"parts\":{\"p1\":{\"value\":true},\"p2\":{\"text\":\"Aspirin.\"}}}");
    }

    @Test
    void whatCountsAsAnswered() {
        assertThat((Boolean) page.evaluate("() => [window.VidyaAttempt.isAnswered('numeric', {value: ' '}),"
                + " window.VidyaAttempt.isAnswered('true-false', {value: false}),"
                + " window.VidyaAttempt.isAnswered('ordering', null),"
                + " window.VidyaAttempt.isAnswered('matching', {matches: {s1: 'o1'}})].join() === 'false,true,false,true'"))
                .isTrue();
        assertThat(page.evaluate("() => window.VidyaAttempt.duration(3_723_000)")).isEqualTo("1:02:03");
        assertThat(page.evaluate("() => window.VidyaAttempt.duration(65_000)")).isEqualTo("1:05");
    }
}
