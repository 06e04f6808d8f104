package org.vidya.mastery.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vidya.support.Browser;
import org.vidya.support.RequiresBrowser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * mastery-session.js in a browser, against stand-in routes: it draws the current item with the
 * test page's renderers, sends the answer with its sequence number and the CSRF header, and in a
 * review shows the verdict and explanation before the next item.
 */
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionScriptBrowserTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    final Browser browser = new Browser();

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    static String state(String status, int answered, String item) {
        String current = item == null ? "null" : """
                {"item": "%s", "sequence": %d, "concept": "physics.friction", "conceptName": "Friction",
                 "type": "single-choice", "version": 1,
                 "view": {"prompt": "<p>Which is right?</p>", "choices": [{"id": "r", "text": "Right"},
                   {"id": "w", "text": "Wrong"}]}}""".formatted(item, answered + 1);
        return """
                {"id": "s1", "kind": "REVIEW", "status": "%s", "answered": %d, "maxItems": 2, "nextSequence": %d,
                 "theta": null, "standardError": null, "targetError": null, "current": %s, "results": []}"""
                .formatted(status, answered, answered + 1, current);
    }

    @Test
    void aReviewShowsTheVerdictAndExplanationThenTheNextItem() throws Exception {
        List<JsonNode> sent = new ArrayList<>();
        List<String> csrf = new ArrayList<>();
        Page page = browser.newPage("http://localhost");
        page.route("**/session/state", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("application/json").setBody(state("OPEN", 0, "item-1"))));
        page.route("**/session/answers", route -> {
            sent.add(JSON.readTree(route.request().postData()));
            csrf.add(route.request().headers().get("x-csrf-token"));
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json").setBody(
                    "{\"answer\": {\"sequence\": 1, \"item\": \"item-1\", \"correct\": false, \"fraction\": 0,"
                            + " \"explanationHtml\": \"<p>Because <strong>friction</strong> opposes motion.</p>\"},"
                            + " \"session\": " + state("OPEN", 1, "item-2") + "}"));
        });
        String shell = shell("review");
        page.route("http://localhost/session", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html; charset=utf-8").setBody(shell)));
        page.navigate("http://localhost/session");

        assertThat(page.getByTestId("session-heading")).hasText("Question 1");
        assertThat(page.getByTestId("session-progress")).hasText("Question 1 of 2");
        assertThat(page.getByTestId("session-submit")).isDisabled();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Wrong")).check();
        page.getByTestId("session-submit").click();

        assertThat(page.getByTestId("session-feedback")).containsText("Not quite.");
        assertThat(page.getByTestId("session-feedback").locator("strong")).hasText("friction");
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Wrong"))).isDisabled();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().path("item").asString()).isEqualTo("item-1");
        assertThat(sent.getFirst().path("sequence").asInt()).isEqualTo(1);
        assertThat(sent.getFirst().path("response").path("choice").asString()).isEqualTo("w");
        assertThat(csrf).containsExactly("token-1");

        page.getByTestId("session-next").click();
        assertThat(page.getByTestId("session-heading")).hasText("Question 2");
        assertThat(page.getByTestId("session-heading")).isFocused();
        assertThat(page.getByTestId("session-feedback")).isHidden();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Right"))).isEnabled();
    }

    @Test
    void aDiagnosticGoesStraightToTheNextItemAndShowsThePrecisionReached() throws Exception {
        List<JsonNode> sent = new ArrayList<>();
        Page page = browser.newPage("http://localhost");
        String first = state("OPEN", 0, "item-1").replace("\"REVIEW\"", "\"DIAGNOSTIC\"")
                .replace("\"maxItems\": 2", "\"maxItems\": 30").replace("\"targetError\": null", "\"targetError\": 0.3");
        String second = state("OPEN", 1, "item-2").replace("\"REVIEW\"", "\"DIAGNOSTIC\"")
                .replace("\"maxItems\": 2", "\"maxItems\": 30").replace("\"targetError\": null", "\"targetError\": 0.3")
                .replace("\"standardError\": null", "\"standardError\": 0.6");
        page.route("**/session/state", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("application/json").setBody(first)));
        page.route("**/session/answers", route -> {
            sent.add(JSON.readTree(route.request().postData()));
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("application/json").setBody(
                    "{\"answer\": {\"sequence\": 1, \"item\": \"item-1\"}, \"session\": " + second + "}"));
        });
        String shell = shell("diagnostic");
        page.route("http://localhost/session", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html; charset=utf-8").setBody(shell)));
        page.navigate("http://localhost/session");

        assertThat(page.getByTestId("session-progress")).hasText("0 answered (at most 30) · precision –, aiming for 0.30");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Right")).check();
        page.getByTestId("session-submit").click();

        assertThat(page.getByTestId("session-heading")).hasText("Question 2");
        assertThat(page.getByTestId("session-progress")).hasText("1 answered (at most 30) · precision ±0.60, aiming for 0.30");
        assertThat(page.getByTestId("session-feedback")).isHidden();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().path("response").path("choice").asString()).isEqualTo("r");
    }

    /** The shell as session.html renders it, with the scripts inlined and English messages. */
    static String shell(String kind) throws Exception {
        String attempt = Files.readString(Path.of("src/main/resources/static/js/attempt.js"), StandardCharsets.UTF_8);
        String session = Files.readString(Path.of("src/main/resources/static/js/mastery-session.js"),
                StandardCharsets.UTF_8);
        String messages = """
                {"session.loadingHeading": "Question {0}", "session.next": "Next question", "session.right": "Right.",
                 "session.partly": "Partly right: {0}% of the credit.", "session.wrong": "Not quite.",
                 "session.chooseFirst": "Answer the question first.", "session.failed": "Something went wrong.",
                 "session.progress.diagnostic": "{0} answered (at most {1})",
                 "session.progress.review": "Question {0} of {1}", "session.precision": "precision {0}, aiming for {1}"}""";
        return """
                <!DOCTYPE html><html lang="en"><body>
                <section data-session="s1" data-kind="%s" data-state="/session/state" data-answer="/session/answers"
                         data-csrf-header="X-CSRF-TOKEN" data-csrf-token="token-1" data-testid="session">
                  <script type="application/json" id="session-messages">%s</script>
                  <div><p data-progress data-testid="session-progress"></p><progress data-meter max="100"></progress></div>
                  <p data-status hidden data-testid="session-status"></p>
                  <h2 tabindex="-1" data-heading data-testid="session-heading">Question</h2><p data-concept></p>
                  <form data-form><div data-item></div>
                    <div data-feedback hidden data-testid="session-feedback"></div>
                    <button type="submit" data-submit disabled data-testid="session-submit">Check</button>
                    <button type="button" data-next hidden data-testid="session-next">Next question</button>
                  </form>
                </section>
                <script>%s</script><script>%s</script>
                </body></html>""".formatted(kind, messages, attempt, session);
    }
}
