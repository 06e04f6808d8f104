package org.vidya.browser;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.catalog.domain.CourseAuthoring.LessonFields;
import org.vidya.identity.IdentityManagement;
import org.vidya.identity.auth.Totp;
import org.vidya.learning.EnrollmentSource;
import org.vidya.learning.domain.Enroller;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Browser;
import org.vidya.support.DemoApplicationTest;
import org.vidya.support.RequiresBrowser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Coursework in a real browser: a teacher sets an assignment with a rubric (its editor adding a
 * criterion), a learner hands in a file and then text, the teacher grades it on the rubric grid
 * with feedback and releases the grade, and the learner sees the grade, the levels and the feedback.
 */
@DemoApplicationTest
@RequiresBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseworkBrowserTests {

    static final String LEARNER = "kiara.mehta@sunrise.example.org";
    // A demo teacher no other browser test signs in as.
    static final String TEACHER = "rahul.verma@sunrise.example.org";
    static final String TITLE = "Celsius and Fahrenheit";

    // The teacher and the learner each keep their own browser, so each signs in once: a second
    // sign-in within the same 30 seconds would reuse an authenticator code, which is refused.
    @RegisterExtension
    final Browser browser = new Browser();
    final Browser learnerBrowser = new Browser();

    @LocalServerPort int port;
    @Autowired Clock clock;
    @Autowired OrganizationManagement organization;
    @Autowired IdentityManagement identity;
    @Autowired CourseAuthoring authoring;
    @Autowired Enroller enroller;

    String courseTitle;

    @BeforeAll
    void aCourseOfTheSchoolWithTheLearnerEnrolled() {
        TenantId school = organization.tenantBySlug("sunrise").orElseThrow().id();
        courseTitle = "Programming Practice " + UUID.randomUUID().toString().substring(0, 6);
        CourseId course = asAuthorOf(school, () -> {
            var draft = authoring.createCourse(new CourseFields("practice-" + UUID.randomUUID().toString().substring(0, 8),
                    "en", Map.of("en", courseTitle), Map.of("en", "Small programs, one at a time."),
                    CourseLevel.BEGINNER, "Programming", new BigDecimal("3"), false, null, EnrollmentPolicy.OPEN,
                    null));
            var module = authoring.addModule(draft.id(), Map.of("en", "Functions"));
            var lesson = authoring.addLesson(draft.id(), module.id(), new LessonFields(Map.of("en", "Your first function"),
                    LessonKind.CODE_ALONG, 15, List.of("python.functions")));
            authoring.addBlock(draft.id(), lesson.id(), BlockInput.markdown(Map.of("en",
                    "A function takes values in and gives one back with `return`.")), null);
            authoring.publish(draft.id());
            return draft.id();
        });
        UserId learner = identity.findByEmail(LEARNER).orElseThrow().id();
        Tenancy.runAs(school, () -> enroller.enroll(learner, course, EnrollmentSource.SELF, null, learner));
    }

    @AfterAll
    void closeBrowsers() {
        browser.close();
        learnerBrowser.close();
    }

    Page signIn(Browser in, String email, boolean staff) {
        Page page = in.newPage("http://localhost:" + port);
        page.navigate("/login");
        page.getByTestId("email").fill(email);
        page.getByTestId("password").fill(DemoApplicationTest.PASSWORD);
        page.getByTestId("sign-in").click();
        if (staff) {
            page.getByTestId("totp").fill(Totp.code(DemoApplicationTest.TOTP_SECRET, Totp.step(clock.instant())));
            page.getByTestId("verify-totp").click();
        }
        assertThat(page).hasURL(Pattern.compile(".*/$"));
        return page;
    }

    @Test
    void aTeacherGradesATextSubmissionWithARubricAndTheLearnerSeesGradeAndFeedback() {
        // A teacher sets the assignment, with a rubric of two criteria.
        Page teacher = signIn(browser, TEACHER, true);
        teacher.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Gradebook")).click();
        teacher.getByLabel("New assignment for " + courseTitle).click();
        teacher.locator("#title").fill(TITLE);
        teacher.locator("#instructions").fill("Write `c_to_f(c)`: **F = C × 9/5 + 32**.");
        teacher.locator("#maxPoints").fill("20");
        teacher.locator("#criteria0-title").fill("Correctness");
        teacher.locator("#criteria0-levels0-points").fill("10");
        teacher.locator("#criteria0-levels0-description").fill("Right for every value");
        teacher.locator("#criteria0-levels1-points").fill("4");
        teacher.locator("#criteria0-levels1-description").fill("Right for some values");
        teacher.getByText("Add a criterion").click();
        teacher.locator("#criteria1-title").fill("Readability");
        teacher.locator("#criteria1-levels0-points").fill("10");
        teacher.locator("#criteria1-levels0-description").fill("Clear names and a docstring");
        teacher.locator("#criteria1-levels1-points").fill("3");
        teacher.locator("#criteria1-levels1-description").fill("Hard to follow");
        teacher.locator("input[name=published]").check();
        teacher.getByTestId("save-assignment").click();
        assertThat(teacher).hasURL(Pattern.compile(".*/gradebook/assignments/[0-9a-f-]+$"));
        assertThat(teacher.getByTestId("rubric")).containsText("Readability");
        String roster = teacher.url();

        // The learner finds it among their assignments and hands in text.
        Page learner = signIn(learnerBrowser, LEARNER, false);
        learner.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Assignments").setExact(true)).click();
        learner.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(learner.getByTestId("instructions").locator("strong")).hasText("F = C × 9/5 + 32");
        // First a file (a real multipart form with its security token), then text in its place.
        learner.locator("#file").setInputFiles(new com.microsoft.playwright.options.FilePayload("converter.py",
                "text/x-python", "def c_to_f(c):\n    return c * 9 / 5 + 32\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
        learner.getByTestId("submit-file").click();
        assertThat(learner.getByTestId("notice")).hasText("Your work is handed in.");
        assertThat(learner.getByTestId("submission-file")).containsText("converter.py");
        learner.locator("#text").fill("def c_to_f(c):\n    \"\"\"Celsius to Fahrenheit.\"\"\"\n    return c * 9 / 5 + 32");
        learner.getByTestId("submit-text").click();
        assertThat(learner.getByTestId("notice")).hasText("Your work is handed in.");
        assertThat(learner.getByTestId("submission-text")).containsText("return c * 9 / 5 + 32");

        // The teacher grades it on the rubric grid and releases the grade.
        Page grader = teacher;
        grader.navigate(roster);
        grader.getByLabel("Grade the work of Kiara Mehta").click();
        Locator rows = grader.getByTestId("rubric-grid").locator("tr");
        rows.nth(0).getByText("Right for every value").click();
        rows.nth(1).getByText("Hard to follow").click();
        grader.locator("#feedback").fill("Correct for every value. Add a docstring that says what c means.");
        grader.getByTestId("save-grade").click();
        assertThat(grader.getByTestId("final-points")).hasText("13 / 20 points");
        grader.getByTestId("release-grade").click();
        assertThat(grader.getByTestId("released")).isVisible();

        // The learner sees the grade, the level of each criterion and the feedback.
        Page after = learner;
        after.navigate("/assignments");
        assertThat(after.getByTestId("assignment-row").filter(new Locator.FilterOptions().setHasText(TITLE))
                .getByTestId("grade-cell")).hasText("13 / 20");
        after.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(after.getByTestId("final-points")).hasText("13 / 20 points");
        assertThat(after.getByTestId("grade-levels")).containsText("Right for every value");
        assertThat(after.getByTestId("grade-levels")).containsText("Hard to follow");
        assertThat(after.getByTestId("feedback")).hasText("Correct for every value. Add a docstring that says what c means.");
    }

    private <T> T asAuthorOf(TenantId tenant, Supplier<T> work) {
        VidyaPrincipal author = new VidyaPrincipal(UserId.random(), "author@sunrise.example.org", "Course author",
                tenant, EnumSet.of(Role.CONTENT_CREATOR), 0, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(author, null, author.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(tenant, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
