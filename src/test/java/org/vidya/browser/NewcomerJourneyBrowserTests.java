package org.vidya.browser;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The journey of issue 3, as a newcomer takes it on the demo school in a real browser: a learner
 * finds a demo course in the catalog, enrolls, works through a lesson to the next and sees their
 * progress; a teacher sets an assignment with a rubric on that course; the learner hands in a file
 * and then text in its place; the teacher grades the text on the rubric grid with feedback and
 * releases the grade; the learner sees the grade, the level of each criterion and the feedback.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewcomerJourneyBrowserTests {

    // A learner the demo enrolls in nothing but Python Basics, so the physics course is new to her.
    static final String LEARNER = "kiara.mehta@sunrise.example.org";
    static final String TEACHER = "rahul.verma@sunrise.example.org";
    static final String COURSE = "JEE Physics: Mechanics";
    static final String TITLE = "Range of a projectile";

    // The teacher and the learner each keep their own browser, as two people would.
    @RegisterExtension
    final Browser browser = new Browser();
    final Browser teacherBrowser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;

    @AfterAll
    void closeBrowsers() {
        browser.close();
        teacherBrowser.close();
    }

    @Test
    void aNewcomerEnrollsLearnsHandsInAndSeesTheGradeAndFeedback() {
        // The learner finds the course in the catalog and enrolls.
        Page learner = browser.newPage("http://localhost:" + port);
        BrowserSignIn.learner(learner, LEARNER);
        learner.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Catalog").setExact(true)).click();
        learner.waitForLoadState();
        learner.getByTestId("catalog-q").fill("mechanics");
        Locator card = learner.getByTestId("course-card").filter(new Locator.FilterOptions().setHasText(COURSE));
        assertThat(card).hasCount(1);
        card.getByRole(AriaRole.LINK).first().click();
        assertThat(learner.getByTestId("course-title")).hasText(COURSE);
        learner.getByTestId("enroll-button").click();
        assertThat(learner.getByTestId("notice")).containsText("You are enrolled in " + COURSE);
        assertThat(learner.getByTestId("percent")).hasText("0% complete");

        // The first lesson, then on to the next; the course page shows the progress (1 of 6,
        // rounded down so that a course never shows 100% before its last lesson).
        learner.getByTestId("continue").click();
        assertThat(learner.getByTestId("position")).containsText("Lesson 1 of 6");
        assertThat(learner.getByTestId("breadcrumb")).containsText(COURSE);
        assertThat(learner.locator(".lesson-blocks")).containsText("v = u + at");
        learner.getByTestId("complete").click();
        assertThat(learner.getByTestId("position")).containsText("Lesson 2 of 6");
        learner.getByTestId("close").click();
        assertThat(learner.getByTestId("percent")).hasText("16% complete");
        assertThat(learner.getByTestId("lesson-done")).hasCount(1);
        learner.navigate("/learning");
        assertThat(learner.getByTestId("ongoing-course").filter(new Locator.FilterOptions().setHasText(COURSE)))
                .hasCount(1);

        // A teacher sets an assignment on the course, with a rubric of two criteria.
        Page teacher = teacherBrowser.newPage("http://localhost:" + port);
        BrowserSignIn.staff(teacher, TEACHER, clock);
        teacher.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Gradebook").setExact(true)).click();
        teacher.getByLabel("New assignment for " + COURSE).click();
        teacher.locator("#title").fill(TITLE);
        teacher.locator("#instructions").fill("A ball leaves the ground at **20 m/s**, 30° above the horizontal. "
                + "Find its range with g = 10 m/s² and show each step.");
        teacher.locator("#maxPoints").fill("20");
        teacher.locator("#criteria0-title").fill("Method");
        teacher.locator("#criteria0-levels0-points").fill("10");
        teacher.locator("#criteria0-levels0-description").fill("Resolves the velocity and uses the range formula");
        teacher.locator("#criteria0-levels1-points").fill("4");
        teacher.locator("#criteria0-levels1-description").fill("Formula without reasoning");
        teacher.getByText("Add a criterion").click();
        teacher.locator("#criteria1-title").fill("Answer");
        teacher.locator("#criteria1-levels0-points").fill("10");
        teacher.locator("#criteria1-levels0-description").fill("Right value with units");
        teacher.locator("#criteria1-levels1-points").fill("3");
        teacher.locator("#criteria1-levels1-description").fill("Wrong value or no units");
        teacher.locator("input[name=published]").check();
        teacher.getByTestId("save-assignment").click();
        assertThat(teacher).hasURL(Pattern.compile(".*/gradebook/assignments/[0-9a-f-]+$"));
        String roster = teacher.url();

        // The learner hands in a file, then replaces it with text.
        learner.getByLabel("Main navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Assignments").setExact(true)).click();
        learner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(learner.getByTestId("instructions").locator("strong")).hasText("20 m/s");
        learner.locator("#file").setInputFiles(new FilePayload("range.txt", "text/plain",
                "R = u^2 sin 2θ / g".getBytes(StandardCharsets.UTF_8)));
        learner.getByTestId("submit-file").click();
        assertThat(learner.getByTestId("notice")).hasText("Your work is handed in.");
        assertThat(learner.getByTestId("submission-file")).containsText("range.txt");
        learner.locator("#text").fill("R = u² sin 2θ / g = 400 × sin 60° / 10 = 34.6");
        learner.getByTestId("submit-text").click();
        assertThat(learner.getByTestId("notice")).hasText("Your work is handed in.");
        assertThat(learner.getByTestId("submission-text")).containsText("34.6");

        // The teacher grades the text on the rubric grid, with feedback, and releases the grade.
        teacher.navigate(roster);
        teacher.getByLabel("Grade the work of Kiara Mehta").click();
        assertThat(teacher.getByTestId("submission-text")).containsText("34.6");
        Locator rows = teacher.getByTestId("rubric-grid").locator("tr");
        rows.nth(0).getByText("Resolves the velocity and uses the range formula").click();
        rows.nth(1).getByText("Wrong value or no units").click();
        teacher.locator("#feedback").fill("Good method. The range is 34.6 m: write the unit.");
        teacher.getByTestId("save-grade").click();
        assertThat(teacher.getByTestId("final-points")).hasText("13 / 20 points");
        teacher.getByTestId("release-grade").click();
        assertThat(teacher.getByTestId("released")).isVisible();

        // The learner sees the grade, the level of each criterion and the feedback.
        learner.navigate("/assignments");
        assertThat(learner.getByTestId("assignment-row").filter(new Locator.FilterOptions().setHasText(TITLE))
                .getByTestId("grade-cell")).hasText("13 / 20");
        learner.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(learner.getByTestId("final-points")).hasText("13 / 20 points");
        assertThat(learner.getByTestId("grade-levels")).containsText("Resolves the velocity");
        assertThat(learner.getByTestId("grade-levels")).containsText("Wrong value or no units");
        assertThat(learner.getByTestId("feedback")).hasText("Good method. The range is 34.6 m: write the unit.");
    }
}
