package org.vidya.assessment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The learner's tests list and dashboard panel: scheduled tests of their classes by window (open
 * with Start or Continue, upcoming with the opening time, closed with the result), practice tests,
 * past attempts with scores; starting opens the test page, and a test not open says why.
 */
@ApiTest
class TestsPageTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    QuizFixtures fixtures;
    World world;
    Person learner;
    String teacher;
    String learnerToken;
    List<String> items;

    @BeforeEach
    void aClassWithATeacher() {
        fixtures = new QuizFixtures(api);
        world = data.world("tests-page");
        learner = world.person(Role.LEARNER);
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learnerToken = api.signIn(learner).accessToken();
        items = fixtures.items(teacher, fixtures.bank(teacher), 2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String weekly(String title) {
        Map<String, Object> body = QuizFixtures.quizBody("weekly", Map.of("timeLimitSeconds", 1200),
                List.of(QuizFixtures.fixedSection("Part A", items)));
        body.put("title", title);
        return fixtures.quiz(teacher, body);
    }

    Document page(Person who) throws Exception {
        return html(mvc.perform(get("/tests").with(as(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void listsOpenUpcomingAndPracticeTestsAndStartsOne() throws Exception {
        Instant now = clock.instant();
        String open = fixtures.schedule(teacher, weekly("Open weekly"), world.classId(), now.minusSeconds(60),
                now.plus(Duration.ofHours(1)));
        fixtures.schedule(teacher, weekly("Later weekly"), world.classId(), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        Map<String, Object> practice = QuizFixtures.quizBody("practice", Map.of("attemptsAllowed", 2),
                List.of(QuizFixtures.fixedSection("Drill", items)));
        practice.put("title", "Kinematics drill");
        fixtures.quiz(teacher, practice);

        Document page = page(learner);
        assertThat(page.select("[data-testid=open-test]").text()).contains("Open weekly").contains("2 questions · 20 min");
        assertThat(page.select("[data-testid=open-test] [data-testid=start-test]").text()).isEqualTo("Start");
        assertThat(page.select("[data-testid=upcoming-test]").text()).contains("Later weekly");
        assertThat(page.select("[data-testid=upcoming-test] time").attr("datetime")).isNotBlank();
        assertThat(page.select("[data-testid=practice-test]").text()).contains("Kinematics drill").contains("2 attempts left");

        MvcResult started = mvc.perform(post("/tests/schedules/" + open + "/start").with(as(learner)).with(csrf()))
                .andExpect(redirectedUrlPattern("/attempts/*")).andReturn();
        String attempt = started.getResponse().getRedirectedUrl().replace("/attempts/", "");
        assertThat(page(learner).select("[data-testid=open-test] [data-testid=start-test]").text()).isEqualTo("Continue");
        // Starting again goes on with the same attempt.
        mvc.perform(post("/tests/schedules/" + open + "/start").with(as(learner)).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + attempt));
    }

    @Test
    void aClosedTestShowsTheResultAndPastAttemptsTheirScores() throws Exception {
        Instant now = clock.instant();
        String schedule = fixtures.schedule(teacher, weekly("Finished weekly"), world.classId(), now.minusSeconds(60),
                now.plus(Duration.ofMinutes(30)));
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learnerToken, null).json()
                .path("id").asString();
        fixtures.save(learnerToken, attempt, "q1", Map.of("choice", "r"), 1);
        assertThat(fixtures.submit(learnerToken, attempt, "k1").status()).isEqualTo(200);
        clock.advance(Duration.ofHours(1));

        Document page = page(learner);
        assertThat(page.select("[data-testid=closed-test]").text()).contains("Finished weekly");
        assertThat(page.select("[data-testid=closed-test] [data-testid=result-link]").attr("href"))
                .isEqualTo("/attempts/" + attempt + "/result");
        assertThat(page.select("[data-testid=past-attempt]").text()).contains("Finished weekly").contains("1 / 2");
    }

    @Test
    void aTestNotYetOpenSaysSoOnTheList() throws Exception {
        Instant now = clock.instant();
        String later = fixtures.schedule(teacher, weekly("Not yet"), world.classId(), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        mvc.perform(post("/tests/schedules/" + later + "/start").with(as(learner)).with(csrf()))
                .andExpect(redirectedUrl("/tests")).andExpect(flash().attributeExists("failure"));
    }

    @Test
    void anotherClassesScheduleIsNotFound() throws Exception {
        World other = data.world("tests-page-other");
        String otherTeacher = api.signIn(other.person(Role.TEACHER)).accessToken();
        List<String> otherItems = fixtures.items(otherTeacher, fixtures.bank(otherTeacher), 1);
        String quiz = fixtures.quiz(otherTeacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", otherItems))));
        Instant now = clock.instant();
        String schedule = fixtures.schedule(otherTeacher, quiz, other.classId(), now.minusSeconds(60),
                now.plus(Duration.ofHours(1)));
        mvc.perform(post("/tests/schedules/" + schedule + "/start").with(as(learner)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(page(learner).select("[data-testid=open-test]")).isEmpty();
    }

    @Test
    void theDashboardShowsOpenAndUpcomingTests() throws Exception {
        Instant now = clock.instant();
        fixtures.schedule(teacher, weekly("Dashboard weekly"), world.classId(), now.minusSeconds(60),
                now.plus(Duration.ofHours(1)));
        fixtures.schedule(teacher, weekly("Dashboard later"), world.classId(), now.plus(Duration.ofDays(3)),
                now.plus(Duration.ofDays(4)));
        Document dashboard = html(mvc.perform(get("/").with(as(learner))).andExpect(status().isOk()).andReturn());
        assertThat(dashboard.select("[data-testid=dashboard-open-test]").text()).contains("Dashboard weekly");
        assertThat(dashboard.select("[data-testid=dashboard-upcoming-test]").text()).contains("Dashboard later");

        Person alone = data.member(world.tenant(), Role.LEARNER);
        Document empty = html(mvc.perform(get("/").with(as(alone))).andExpect(status().isOk()).andReturn());
        assertThat(empty.select("[data-testid=dashboard-tests]")).isEmpty();
    }

    @Test
    void theListSpeaksHindiAndKhmer() throws Exception {
        for (String lang : List.of("hi", "km")) {
            Document page = html(mvc.perform(get("/tests").param("lang", lang).with(as(learner)))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select("h1").text()).isNotEqualTo("Tests").isNotBlank();
        }
    }
}
