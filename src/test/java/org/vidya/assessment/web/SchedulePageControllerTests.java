package org.vidya.assessment.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

/**
 * A test's page with its schedules and the "schedule for a class" form; a schedule's live board
 * (and its htmx fragment), its results with rank and percentile, and the CSV download.
 */
@ApiTest
class SchedulePageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    World world;
    Person teacher;
    String token;
    QuizFixtures fixtures;
    List<String> items;

    @BeforeEach
    void aTeacherWithATest() {
        world = data.world("schedules");
        teacher = world.person(Role.TEACHER);
        token = api.signIn(teacher).accessToken();
        fixtures = new QuizFixtures(api);
        items = fixtures.items(token, fixtures.bank(token), 2);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String quiz(String kind) {
        return fixtures.quiz(token, QuizFixtures.quizBody(kind, Map.of(), List.of(QuizFixtures.fixedSection("A", items))));
    }

    static String input(Instant instant) {
        return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString();
    }

    Document page(String path) throws Exception {
        return html(mvc.perform(get(path).with(as(teacher))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aTeacherSchedulesATestForTheirClassAndSeesItsBoard() throws Exception {
        String quiz = quiz("weekly");
        Document details = page("/quizzes/" + quiz);
        assertThat(details.select("[data-testid=quiz-details]").text()).contains("A");
        assertThat(details.select("#classId option").eachAttr("value")).containsExactly(world.classId().toString());
        assertThat(details.select("#opensAt").val()).isNotBlank();

        Instant opens = clock.instant().minus(Duration.ofMinutes(5));
        MvcResult scheduled = mvc.perform(post("/quizzes/" + quiz + "/schedules").with(as(teacher)).with(csrf())
                .param("classId", world.classId().toString()).param("opensAt", input(opens))
                .param("closesAt", input(opens.plus(Duration.ofDays(1))))).andExpect(status().isFound()).andReturn();
        String location = scheduled.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/schedules/");
        String schedule = location.substring("/schedules/".length());

        Document board = page(location);
        assertThat(board.select("[data-testid=board-row]")).hasSize(1);
        assertThat(board.select("[data-testid=board-row]").text()).contains(world.person(Role.LEARNER).name(),
                "Not started");
        assertThat(board.select("#board").attr("hx-get")).isEqualTo("/schedules/" + schedule + "/board");
        assertThat(board.select("#board").attr("hx-trigger")).isEqualTo("every 5s");
        assertThat(page("/quizzes/" + quiz).select("[data-testid=schedule-row]").text()).contains("Open");

        String learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        Document polled = fragment(mvc.perform(get("/schedules/" + schedule + "/board").with(as(teacher))
                .header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(polled.select("[data-testid=board-row]").attr("data-status")).isEqualTo("in-progress");
        assertThat(polled.select("[data-testid=board-row]").text()).contains("1 of 2", "Connected");
        assertThat(polled.select("html, body")).as("a fragment, not a page").isEmpty();
    }

    @Test
    void aBenchmarkSaysItsPapersAreReady() throws Exception {
        String quiz = quiz("benchmark");
        Instant opens = clock.instant().plus(Duration.ofHours(1));
        MvcResult scheduled = mvc.perform(post("/quizzes/" + quiz + "/schedules").with(as(teacher)).with(csrf())
                .param("classId", world.classId().toString()).param("opensAt", input(opens))
                .param("closesAt", input(opens.plus(Duration.ofHours(3))))).andExpect(status().isFound()).andReturn();
        assertThat(scheduled.getFlashMap().get("notice").toString()).contains("scheduledPapers");
        String schedule = scheduled.getResponse().getRedirectedUrl().substring("/schedules/".length());
        assertThat(data.jdbc().queryForObject("select count(*) from assessment_attempt where schedule_id = ?",
                Integer.class, java.util.UUID.fromString(schedule))).isEqualTo(1);
        Document board = page("/schedules/" + schedule);
        assertThat(board.select("[data-state]").first().attr("data-state")).isEqualTo("upcoming");
        assertThat(board.select("#board").hasAttr("hx-get")).as("no polling before the window opens").isFalse();
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsShownBackAndNothingIsScheduled() throws Exception {
        String quiz = quiz("weekly");
        Instant opens = clock.instant().plus(Duration.ofDays(1));
        Document page = html(mvc.perform(post("/quizzes/" + quiz + "/schedules").with(as(teacher)).with(csrf())
                .param("classId", world.classId().toString()).param("opensAt", input(opens))
                .param("closesAt", input(opens.minus(Duration.ofHours(1))))).andExpect(status().isBadRequest())
                .andReturn());
        assertThat(page.select("#closesAt-error").text()).isNotBlank();
        assertThat(page.select("#closesAt").val()).isEqualTo(input(opens.minus(Duration.ofHours(1))));
        Document garbled = html(mvc.perform(post("/quizzes/" + quiz + "/schedules").with(as(teacher)).with(csrf())
                .param("classId", "nonsense").param("opensAt", "tomorrow").param("closesAt", ""))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(garbled.select(".field-error")).hasSize(3);
        assertThat(page("/quizzes/" + quiz).select("[data-testid=schedule-row]")).isEmpty();
    }

    @Test
    void aTeacherOfAnotherClassCannotScheduleForIt() throws Exception {
        Person other = data.member(world.tenant(), Role.TEACHER);
        String quiz = fixtures.quiz(api.signIn(other).accessToken(), QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items))));
        Document mine = html(mvc.perform(get("/quizzes/" + quiz).with(as(other))).andExpect(status().isOk())
                .andReturn());
        assertThat(mine.select("[data-testid=no-classes]")).hasSize(1);
        Instant opens = clock.instant().plus(Duration.ofDays(1));
        mvc.perform(post("/quizzes/" + quiz + "/schedules").with(as(other)).with(csrf())
                        .param("classId", world.classId().toString()).param("opensAt", input(opens))
                        .param("closesAt", input(opens.plus(Duration.ofDays(1)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorMaySetATestForAnyClassOfTheSchool() throws Exception {
        java.util.UUID other = data.schoolClass(world.tenant(), "Class 12 B " + TestData.suffix());
        String quiz = quiz("weekly");
        Document page = html(mvc.perform(get("/quizzes/" + quiz).with(as(world.person(Role.ORG_ADMIN))))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#classId option").eachAttr("value")).contains(world.classId().toString(),
                other.toString());
        assertThat(page("/quizzes/" + quiz).select("#classId option").eachAttr("value"))
                .as("a teacher sees only the classes they teach").containsExactly(world.classId().toString());
    }

    @Test
    void resultsShowRankAndPercentileAndDownloadAsCsv() throws Exception {
        String quiz = quiz("weekly");
        Instant now = clock.instant();
        String schedule = fixtures.schedule(token, quiz, world.classId(), now.minusSeconds(60),
                now.plus(Duration.ofHours(1)));
        String learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        assertThat(fixtures.submit(learner, attempt, "k1").status()).isEqualTo(200);

        Document page = page("/schedules/" + schedule);
        assertThat(page.select("[data-testid=result-row]")).hasSize(1);
        assertThat(page.select("[data-testid=result-row]").text()).contains(world.person(Role.LEARNER).name(),
                "1 / 2", "100.0000000");
        assertThat(page.select("[data-testid=download-csv]").attr("href"))
                .isEqualTo("/schedules/" + schedule + "/results.csv");
        assertThat(page.select("[data-testid=analysis-link]").attr("href"))
                .isEqualTo("/schedules/" + schedule + "/analysis");

        MvcResult csv = mvc.perform(get("/schedules/" + schedule + "/results.csv").with(as(teacher)))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(world.person(Role.LEARNER).name());
    }

    @Test
    void learnersCannotOpenTheBoardOrTheResults() throws Exception {
        String quiz = quiz("weekly");
        Instant now = clock.instant();
        String schedule = fixtures.schedule(token, quiz, world.classId(), now, now.plus(Duration.ofHours(1)));
        Person learner = world.person(Role.LEARNER);
        for (String path : List.of("/quizzes/" + quiz, "/schedules/" + schedule, "/schedules/" + schedule + "/board",
                "/schedules/" + schedule + "/results.csv", "/schedules/" + schedule + "/analysis")) {
            mvc.perform(get(path).with(as(learner))).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void theSchedulePagesAreCompleteInEachLanguage(String language) throws Exception {
        String quiz = quiz("weekly");
        Instant now = clock.instant();
        String schedule = fixtures.schedule(token, quiz, world.classId(), now, now.plus(Duration.ofHours(1)));
        for (String path : List.of("/quizzes/" + quiz, "/schedules/" + schedule, "/schedules/" + schedule + "/analysis")) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(teacher)))
                    .andExpect(status().isOk()).andReturn());
            TeacherPageChecks.complete(page, path, language);
        }
    }
}
