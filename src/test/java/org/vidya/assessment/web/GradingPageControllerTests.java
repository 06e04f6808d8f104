package org.vidya.assessment.web;

import java.time.Duration;
import java.time.Instant;
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

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The grading queue: essays waiting across the teacher's schedules, one answer at a time shown as
 * text, scored on the rubric grid with "Save and next"; and a teacher's change of any item's marks.
 */
@ApiTest
class GradingPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    World world;
    Person teacher;
    String token;
    QuizFixtures fixtures;
    String schedule;
    String objective;

    /** An essay with a two-criterion rubric worth 2 + 3 points. */
    static Map<String, Object> essay(String prompt) {
        return Map.of("type", "essay", "marks", 5, "body", Map.of("prompt", prompt, "guidance", "Name both laws.",
                "rubric", Map.of("criteria", List.of(
                        Map.of("id", "c1", "title", "Laws", "levels", List.of(
                                Map.of("id", "l0", "title", "Missing", "points", 0),
                                Map.of("id", "l2", "title", "Both", "points", 2))),
                        Map.of("id", "c2", "title", "Example", "levels", List.of(
                                Map.of("id", "m0", "title", "None", "points", 0),
                                Map.of("id", "m3", "title", "Worked", "points", 3)))))));
    }

    @BeforeEach
    void essaysWaitingForGrading() {
        world = data.world("grading");
        teacher = world.person(Role.TEACHER);
        token = api.signIn(teacher).accessToken();
        fixtures = new QuizFixtures(api);
        String bank = fixtures.bank(token);
        objective = fixtures.items(token, bank, 1).getFirst();
        List<String> essays = List.of(
                QuizFixtures.id(api.post("/api/v1/item-banks/" + bank + "/items", token,
                        essay("Explain **Newton's** first law.")).json().path("id")),
                QuizFixtures.id(api.post("/api/v1/item-banks/" + bank + "/items", token,
                        essay("Explain Newton's third law.")).json().path("id")));
        String quiz = fixtures.quiz(token, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", List.of(objective, essays.get(0), essays.get(1))))));
        Instant now = clock.instant();
        schedule = fixtures.schedule(token, quiz, world.classId(), now.minusSeconds(60), now.plus(Duration.ofHours(1)));
        String learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "w"), 1);
        fixtures.save(learner, attempt, "q2", Map.of("text", "<script>alert('x')</script> A body stays at rest."), 1);
        fixtures.save(learner, attempt, "q3", Map.of("text", "Every action has an equal and opposite reaction."), 1);
        assertThat(fixtures.submit(learner, attempt, "k1").status()).isEqualTo(200);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Document page(String path) throws Exception {
        return html(mvc.perform(get(path).with(as(teacher))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aTeacherGradesEachWaitingAnswerOnTheRubricAndMovesToTheNext() throws Exception {
        Document queue = page("/grading");
        assertThat(queue.select("[data-testid=task-row]")).hasSize(2);
        assertThat(queue.select("[data-testid=task-row]").first().text()).contains(world.person(Role.LEARNER).name(),
                "Essay");
        String first = queue.select("[data-testid=grade-task]").first().attr("href");

        Document task = page(first);
        assertThat(task.select("main script:not([src])")).isEmpty();
        assertThat(task.select("[data-testid=task-answer]").text()).contains("<script>alert('x')</script>");
        assertThat(task.select("[data-testid=task-prompt] strong").text()).isEqualTo("Newton's");
        assertThat(task.select("[data-testid=rubric-grid] tr")).hasSize(2);

        // A criterion left out is refused and shown, and nothing is scored.
        Document partial = html(mvc.perform(post(first).with(as(teacher)).with(csrf()).param("level-c1", "l2")
                .param("next", "true")).andExpect(status().isBadRequest()).andReturn());
        assertThat(partial.select("#levels-c2-error")).hasSize(1);
        assertThat(partial.select("input[name=level-c1][value=l2]").hasAttr("checked")).isTrue();

        MvcResult saved = mvc.perform(post(first).with(as(teacher)).with(csrf()).param("level-c1", "l2")
                .param("level-c2", "m0").param("feedback", "Add an example.").param("next", "true"))
                .andExpect(status().isFound()).andReturn();
        String second = saved.getResponse().getRedirectedUrl();
        assertThat(second).startsWith("/grading/tasks/").isNotEqualTo(first);
        assertThat(page("/grading").select("[data-testid=task-row]")).hasSize(1);

        MvcResult last = mvc.perform(post(second).with(as(teacher)).with(csrf()).param("level-c1", "l2")
                .param("level-c2", "m3").param("next", "true")).andExpect(status().isFound()).andReturn();
        assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/grading");
        assertThat(page("/grading").select("[data-testid=queue-empty]")).hasSize(1);

        JsonNode results = api.get("/api/v1/schedules/" + schedule + "/results", token).json();
        JsonNode row = results.isArray() ? results.get(0) : results.path("rows").get(0);
        assertThat(row.path("score").decimalValue()).isEqualByComparingTo("7");
        assertThat(row.path("final").asBoolean(row.path("finalResult").asBoolean())).isTrue();
    }

    @Test
    void marksAboveTheItemsMaximumAreShownBackAsAFieldError() throws Exception {
        String first = page("/grading").select("[data-testid=grade-task]").first().attr("href");
        String attempt = data.jdbc().queryForObject("select attempt_id from assessment_grading_task where id = ?",
                String.class, java.util.UUID.fromString(first.substring("/grading/tasks/".length())));
        // Without a rubric grid a teacher gives marks; on the override form marks above the maximum are refused.
        Document page = html(mvc.perform(post("/grading/attempts/" + attempt + "/items/q1").with(as(teacher))
                .with(csrf()).param("marks", "9")).andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("[data-testid=form-errors]").text()).contains("marks");
    }

    @Test
    void aTeacherChangesTheMarksOfAnObjectiveItemFromTheResults() throws Exception {
        String results = page("/schedules/" + schedule).select("[data-testid=result-row] a").attr("href");
        assertThat(results).startsWith("/grading/attempts/");
        Document scores = page(results);
        assertThat(scores.select("[data-testid=item-score][data-slot=q1]").text()).contains("Wrong", "0 / 1");

        mvc.perform(post(results + "/items/q1").with(as(teacher)).with(csrf()).param("marks", "1")
                .param("feedback", "Accepted: the question was ambiguous.")).andExpect(status().isFound());
        Document changed = page(results);
        assertThat(changed.select("[data-testid=item-score][data-slot=q1]").text()).contains("1 / 1");
    }

    @Test
    void learnersCannotOpenTheQueue() throws Exception {
        Person learner = world.person(Role.LEARNER);
        mvc.perform(get("/grading").with(as(learner))).andExpect(status().isForbidden());
        String first = page("/grading").select("[data-testid=grade-task]").first().attr("href");
        mvc.perform(get(first).with(as(learner))).andExpect(status().isForbidden());
        mvc.perform(post(first).with(as(learner)).with(csrf()).param("marks", "5")).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardSaysHowManyAnswersWaitAndWhichTestsRun() throws Exception {
        Document dashboard = page("/");
        assertThat(dashboard.select("[data-testid=dashboard-to-grade]").text()).contains("2 answers wait for grading.");
        assertThat(dashboard.select("[data-testid=dashboard-running] a").attr("href"))
                .isEqualTo("/schedules/" + schedule);
        Document learner = html(mvc.perform(get("/").with(as(world.person(Role.LEARNER)))).andExpect(status().isOk())
                .andReturn());
        assertThat(learner.select("[data-testid=dashboard-teacher-tests]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void theGradingPagesAreCompleteInEachLanguage(String language) throws Exception {
        String first = page("/grading").select("[data-testid=grade-task]").first().attr("href");
        String results = page("/schedules/" + schedule).select("[data-testid=result-row] a").attr("href");
        for (String path : List.of("/grading", first, results)) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(teacher)))
                    .andExpect(status().isOk()).andReturn());
            TeacherPageChecks.complete(page, path, language);
        }
    }
}
