package org.vidya.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.identity.auth.Totp;
import org.vidya.support.Browser;
import org.vidya.support.BrowserSignIn;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's half of the test journey on the demo school: a teacher has scheduled a test for
 * Grade 9 – B (set up through the REST API, as the teacher's pages would); a learner opens Tests,
 * starts it, answers, loses the connection and keeps answering, comes back online, the answers kept
 * on the device reach the server in one batch, submits, and reads score, percentile and breakdown.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TestTakingBrowserTests {

    // A Grade 9 – B learner no other browser test signs in as; Rahul Verma teaches the class.
    static final String LEARNER = "anika.bose@sunrise.example.org";
    static final String TEACHER = "rahul.verma@sunrise.example.org";

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired JsonMapper json;

    final HttpClient http = HttpClient.newHttpClient();
    String teacherToken;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLearnerTakesAScheduledTestThroughALostConnectionAndReadsTheResult() {
        String title = "Kinematics check " + UUID.randomUUID().toString().substring(0, 8);
        scheduleForGrade9(title, 1800);

        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.learner(page, LEARNER);
        assertThat(page.getByTestId("dashboard-tests")).containsText(title);
        page.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tests").setExact(true)).click();
        Locator row = page.getByTestId("open-test").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        row.getByTestId("start-test").click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/[0-9a-f-]{36}$"));
        String attempt = page.url().replaceAll(".*/attempts/", "");

        // The paper loads, the clock runs, answers save as they are given.
        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 4");
        assertThat(page.getByTestId("timer")).containsText("Time left");
        page.getByTestId("question-body").getByText("Right", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");
        page.getByTestId("next").click();
        assertThat(page.getByTestId("question-heading")).hasText("Question 2 of 4");
        page.getByTestId("question-body").getByLabel("True").check();
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> answers(attempt) == 2);

        // The connection goes; the page keeps working and says where the answers are. (Chromium's
        // offline emulation leaves the service worker's own requests alone, so they fail here too.)
        page.context().route("**/*", route -> route.abort("internetdisconnected"));
        page.context().setOffline(true);
        assertThat(page.getByTestId("offline-banner")).isVisible();
        page.getByTestId("next").click();
        page.getByTestId("question-body").getByLabel("Your answer").fill("9.8");
        page.getByTestId("palette-item").nth(3).click();
        assertThat(page.getByTestId("question-heading")).hasText("Question 4 of 4");
        page.getByTestId("question-body").getByText("Right", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByTestId("flag").click();
        assertThat(page.getByTestId("save-indicator")).hasText("Offline — answers kept on this device");
        assertThat(page.getByTestId("palette-item").nth(2)).hasClass(Pattern.compile("answered"));
        assertThat(answers(attempt)).isEqualTo(2);

        // A reload without a connection still shows the test, with the answers kept on the device.
        page.reload();
        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 4");
        assertThat(page.getByTestId("offline-banner")).isVisible();
        assertThat(page.getByTestId("palette-item").nth(2)).hasClass(Pattern.compile("answered"));
        assertThat(page.getByTestId("palette-item").nth(3)).hasClass(Pattern.compile("flagged"));
        assertThat(answers(attempt)).isEqualTo(2);

        // Back online: what the device kept goes in one batch.
        page.waitForResponse(r -> r.url().endsWith("/answers/batch") && r.status() == 200, () -> {
            page.context().unroute("**/*");
            page.context().setOffline(false);
        });
        assertThat(page.getByTestId("offline-banner")).isHidden();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> answers(attempt) == 4);
        assertThat(jdbc.queryForObject("select flagged from assessment_answer where attempt_id = ? and slot = 'q4'",
                Boolean.class, UUID.fromString(attempt))).isTrue();
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");

        // The review lists the flagged question; submitting opens the result.
        page.getByTestId("review").click();
        assertThat(page.getByTestId("review-flagged")).containsText("Question 4");
        page.getByTestId("submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/" + attempt + "/result$"));
        assertThat(page.getByTestId("result-score")).hasText("4 / 4");
        assertThat(page.getByTestId("result-percentile")).containsText("Percentile");
        assertThat(page.getByTestId("result-standing-kind")).hasText("Live");
        assertThat(page.getByTestId("result-section-row")).hasCount(1);
        assertThat(page.getByTestId("result-item-row")).hasCount(4);
    }

    @Test
    void theClockWarnsAtFiveMinutesAndAtOneAndSubmitsAtZero() {
        String title = "Timed check " + UUID.randomUUID().toString().substring(0, 8);
        scheduleForGrade9(title, 600);

        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.learner(page, LEARNER);
        // The page's clock is the test's to move; the server's deadline stays where it is.
        page.clock().install();
        page.navigate("/tests");
        page.getByTestId("open-test").filter(new Locator.FilterOptions().setHasText(title))
                .getByTestId("start-test").click();
        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 4");
        assertThat(page.getByTestId("timer")).containsText(Pattern.compile("(10:00|9:5\\d)"));
        page.getByTestId("question-body").getByText("Right", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");

        page.clock().fastForward("05:01");
        page.clock().runFor(1000);
        assertThat(page.getByTestId("timer-warning")).hasText("5 minutes left.");
        assertThat(page.getByTestId("timer")).containsText("4:5");
        page.clock().fastForward("04:00");
        page.clock().runFor(1000);
        assertThat(page.getByTestId("timer-warning")).hasText("1 minute left.");
        page.clock().fastForward("01:00");
        page.clock().runFor(1000);
        assertThat(page).hasURL(Pattern.compile(".*/attempts/[0-9a-f-]{36}/result$"));
        assertThat(page.getByTestId("result-score")).hasText("1 / 4");
    }

    @Test
    void aSubmitPressedOfflineIsSentOnReconnectWithTheSameKey() {
        String title = "Offline submit " + UUID.randomUUID().toString().substring(0, 8);
        scheduleForGrade9(title, 1800);

        Page page = browser.newPage("http://localhost:" + port);
        BrowserSignIn.learner(page, LEARNER);
        page.navigate("/tests");
        page.getByTestId("open-test").filter(new Locator.FilterOptions().setHasText(title))
                .getByTestId("start-test").click();
        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 4");
        String attempt = page.url().replaceAll(".*/attempts/", "");

        page.context().route("**/*", route -> route.abort("internetdisconnected"));
        page.context().setOffline(true);
        page.getByTestId("question-body").getByText("Right", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByTestId("review").click();
        assertThat(page.getByTestId("review-unanswered")).containsText("Question 2");
        page.getByTestId("submit").click();
        assertThat(page.getByTestId("submit-queued")).isVisible();
        assertThat(page.getByTestId("save-indicator")).hasText(
                "Offline — the test will be submitted when you are back online");
        assertThat(jdbc.queryForObject("select status from assessment_attempt where id = ?", String.class,
                UUID.fromString(attempt))).isEqualToIgnoringCase("in_progress");

        page.context().unroute("**/*");
        page.context().setOffline(false);
        assertThat(page).hasURL(Pattern.compile(".*/attempts/" + attempt + "/result$"));
        assertThat(page.getByTestId("result-score")).hasText("1 / 4");
        assertThat(jdbc.queryForObject("select count(*) from assessment_submit_key where attempt_id = ?",
                Integer.class, UUID.fromString(attempt))).isEqualTo(1);
    }

    @Test
    void aCertificationIsTakenSectionBySectionEachOnItsOwnClock() {
        String title = "Certification " + UUID.randomUUID().toString().substring(0, 8);
        List<String> items = scheduleForGrade9(title, 0, "certification");

        Page page = browser.newPage("http://localhost:" + port);
        page.onDialog(dialog -> dialog.accept());
        BrowserSignIn.learner(page, LEARNER);
        page.navigate("/tests");
        page.getByTestId("open-test").filter(new Locator.FilterOptions().setHasText(title))
                .getByTestId("start-test").click();
        // Only the first section's questions, with the section's clock beside the test's.
        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 2");
        assertThat(page.getByTestId("section-timer")).containsText("Section time left");
        assertThat(page.getByTestId("palette-item")).hasCount(2);
        page.getByTestId("question-body").getByText("Right", new Locator.GetByTextOptions().setExact(true)).click();
        page.getByTestId("next").click();
        assertThat(page.getByTestId("to-review")).isHidden();
        page.getByTestId("finish-section").click();

        assertThat(page.getByTestId("question-heading")).hasText("Question 1 of 2");
        assertThat(page.locator(".question-meta")).containsText("Part 2");
        page.getByTestId("question-body").getByLabel("Your answer").fill("9.81");
        assertThat(page.getByTestId("save-indicator")).containsText("Saved");
        page.getByTestId("next").click();
        page.getByTestId("to-review").click();
        page.getByTestId("submit").click();
        assertThat(page).hasURL(Pattern.compile(".*/attempts/[0-9a-f-]{36}/result$"));
        assertThat(page.getByTestId("result-section-row")).hasCount(2);
        assertThat(page.getByTestId("result-score")).hasText("2 / 4");
        assertThat(items).hasSize(4);
    }

    private int answers(String attempt) {
        Integer count = jdbc.queryForObject("select count(*) from assessment_answer where attempt_id = ?",
                Integer.class, UUID.fromString(attempt));
        return count == null ? 0 : count;
    }

    // ---- the teacher's side, through the REST API

    private List<String> scheduleForGrade9(String title, int timeLimitSeconds) {
        return scheduleForGrade9(title, timeLimitSeconds, "weekly");
    }

    /** A test of four items (single choice, true-false, numeric, single choice) open now for Grade 9 – B. */
    private List<String> scheduleForGrade9(String title, int timeLimitSeconds, String kind) {
        if (teacherToken == null) {
            teacherToken = teacherToken();
        }
        String token = teacherToken;
        String bank = id(call("POST", "/api/v1/item-banks", token, Map.of("name", title)));
        List<String> items = List.of(
                item(token, bank, "single-choice", Map.of("prompt", "A ball is thrown up. At the top its speed is?",
                        "choices", List.of(Map.of("id", "r", "text", "Right", "fraction", 1),
                                Map.of("id", "w", "text", "Wrong", "fraction", 0)))),
                item(token, bank, "true-false", Map.of("prompt", "Acceleration due to gravity points down.",
                        "answer", true)),
                item(token, bank, "numeric", Map.of("prompt", "g at the surface, in m/s²?",
                        "answers", List.of(Map.of("value", 9.81, "tolerance", 0.05, "fraction", 1)))),
                item(token, bank, "single-choice", Map.of("prompt", "Which quantity is a vector?",
                        "choices", List.of(Map.of("id", "r", "text", "Right", "fraction", 1),
                                Map.of("id", "w", "text", "Wrong", "fraction", 0)))));
        Map<String, Object> quiz = new LinkedHashMap<>();
        quiz.put("title", title);
        quiz.put("kind", kind);
        if (kind.equals("certification")) {
            // Two parts of five minutes each, taken in order: the first with items 1 and 2, the second with 3 and 4.
            quiz.put("sections", List.of(
                    Map.of("title", "Part 1", "items", items.subList(0, 2), "timeLimitSeconds", 300),
                    Map.of("title", "Part 2", "items", items.subList(2, 4), "timeLimitSeconds", 300)));
            quiz.put("settings", Map.of("feedback", "immediate"));
        } else {
            quiz.put("sections", List.of(Map.of("title", "Kinematics", "items", items)));
            quiz.put("settings", Map.of("timeLimitSeconds", timeLimitSeconds, "feedback", "immediate"));
        }
        String quizId = id(call("POST", "/api/v1/quizzes", token, quiz));
        UUID grade9 = jdbc.queryForObject("select id from organization_class where name = 'Grade 9 – B'", UUID.class);
        Instant now = clock.instant();
        call("POST", "/api/v1/quizzes/" + quizId + "/schedules", token, Map.of("classId", grade9.toString(),
                "opensAt", now.minusSeconds(60).toString(), "closesAt", now.plus(Duration.ofHours(2)).toString()));
        return items;
    }

    private String item(String token, String bank, String type, Map<String, Object> body) {
        return id(call("POST", "/api/v1/item-banks/" + bank + "/items", token,
                Map.of("type", type, "body", body, "difficulty", "medium", "primaryConcept", "physics.kinematics")));
    }

    private static String id(JsonNode node) {
        JsonNode id = node.path("id");
        return id.isObject() ? id.path("value").asString() : id.asString();
    }

    /** The teacher's access token; a code counts once, so a later step's code when another test used this one. */
    private String teacherToken() {
        long step = Totp.step(clock.instant());
        for (long s = step; s <= step + 1; s++) {
            HttpResponse<String> response = send("POST", "/api/v1/auth/login", null, Map.of("email", TEACHER,
                    "password", DemoApplicationTest.PASSWORD, "totp", Totp.code(DemoApplicationTest.TOTP_SECRET, s)));
            if (response.statusCode() == 200) {
                return json.readTree(response.body()).path("accessToken").asString();
            }
        }
        throw new IllegalStateException("The demo teacher could not sign in.");
    }

    private JsonNode call(String method, String path, String token, Object body) {
        HttpResponse<String> response = send(method, path, token, body);
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
