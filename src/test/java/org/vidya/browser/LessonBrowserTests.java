package org.vidya.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.learning.LearningCourses;
import org.vidya.platform.TenantId;
import org.vidya.support.Browser;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self-learner of the public space, as a newcomer would: finds Python Basics, enrolls, works
 * through a lesson to the next, moves between lessons with the keyboard, and sees progress.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonBrowserTests {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort int port;
    @Autowired CatalogManagement catalog;
    @Autowired CourseAuthoring authoring;
    @Autowired JdbcTemplate jdbc;

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLearnerEnrollsWorksThroughALessonAndMovesOnWithTheKeyboard() {
        TenantId open = new TenantId(jdbc.queryForObject("select id from organization_tenant where slug = 'open'",
                java.util.UUID.class));
        CourseId course = LearningCourses.pythonBasics(catalog, authoring, open);
        Page page = browser.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByTestId("email").fill("maya.learner@vidya.example.org");
        page.getByTestId("password").fill(DemoApplicationTest.PASSWORD);
        page.getByTestId("sign-in").click();
        assertThat(page).hasURL(Pattern.compile(".*/$"));

        page.navigate("/courses/" + course);
        assertThat(page.getByTestId("course-title")).hasText("Python Basics");
        page.getByTestId("enroll-button").click();
        assertThat(page.getByTestId("notice")).containsText("You are enrolled in Python Basics");
        assertThat(page.getByTestId("percent")).hasText("0% complete");

        // The lesson page's timers run on a clock the test moves.
        page.clock().install();
        page.getByTestId("continue").click();
        assertThat(page.getByTestId("position")).containsText("Lesson 1 of");
        assertThat(page.locator("nav.mainnav")).hasCount(0);
        assertThat(page.getByTestId("breadcrumb")).containsText("Python Basics");
        String first = page.url();

        // Time on the page: with the clock run forward, the page reports it (CSRF included).
        page.waitForLoadState(LoadState.LOAD);
        Response heartbeat = page.waitForResponse(r -> r.url().endsWith("/progress"),
                () -> page.clock().runFor(31_000));
        assertThat(heartbeat.status()).isEqualTo(204);

        page.getByTestId("complete").click();
        assertThat(page.getByTestId("position")).containsText("Lesson 2 of");
        assertThat(page.locator("progress").first()).not().hasAttribute("value", "0");
        String second = page.url();
        assertThat(second).isNotEqualTo(first);

        page.locator("body").press("ArrowLeft");
        assertThat(page).hasURL(first);
        assertThat(page.getByTestId("lesson-completed")).isVisible();
        page.locator("body").press("j");
        assertThat(page).hasURL(second);

        page.getByTestId("close").click();
        assertThat(page.getByTestId("continue")).hasText("Continue");
        page.navigate("/learning");
        assertThat(page.getByTestId("ongoing-course")).containsText("Python Basics");
    }
}
