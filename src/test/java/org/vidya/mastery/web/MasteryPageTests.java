package org.vidya.mastery.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseOutline;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.Observation;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The learner's mastery pages over a tenant's own small graph and a course tagged with it: a
 * newcomer is led to the diagnostic; with evidence the map shows mastery, evidence and reviews,
 * the concept page says why, the path links lessons, and the exam date is checked before it is kept.
 */
@ApiTest
class MasteryPageTests {

    // Lessons of the course are tagged testing.lesson-m-l, so the graph names its concepts so.
    static final String SUBJECT = "maptest";
    static final String BASICS = "testing.basics";
    static final String STEP = "testing.lesson-1-1";
    static final String GRAPH = """
            {"concepts": [
              {"key": "testing.basics", "name": "Map basics", "subject": "maptest", "layer": 1, "difficulty": 1,
               "examWeight": 0.4},
              {"key": "testing.lesson-1-1", "name": "Map first step", "subject": "maptest", "layer": 2,
               "difficulty": 2, "examWeight": 0.6}],
             "prerequisites": [
              {"concept": "testing.lesson-1-1", "prerequisite": "testing.basics", "weight": 1, "kind": "HARD",
               "transfer": 0.2}]}
            """;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired ConceptGraphService graphs;
    @Autowired KnowledgeStates states;
    @Autowired TestClock clock;

    World world;
    Person learner;
    CourseOutline course;

    @BeforeEach
    void aGraphACourseAndALearner() {
        world = data.world("masterypage");
        courses.as(world.tenant().id(), () -> graphs.importFile("json", GRAPH.getBytes(StandardCharsets.UTF_8), false));
        course = courses.publish(world.tenant().id(), "Map course", 1, 1);
        learner = world.person(Role.LEARNER);
    }

    Document page(Person who, String url) throws Exception {
        return html(mvc.perform(get(url).with(as(who))).andExpect(status().isOk()).andReturn());
    }

    /** Answers on basics as the learner: {@code right} right, then {@code wrong} wrong, a day apart. */
    void practises(Person who, int right, int wrong) {
        Instant at = clock.instant().minus(Duration.ofDays(right + wrong + 1L));
        List<Observation> answers = new ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            answers.add(new Observation(null, BASICS, List.of(), 0.0, 1.0, i < right ? 1 : 0,
                    at.plus(Duration.ofDays(i)), 30_000));
        }
        actingAs(who, () -> {
            states.record(who.id(), answers, EvidenceSource.PRACTICE);
            return null;
        });
    }

    @Test
    void aNewcomerIsLedToTheDiagnosticOnTheMapAndTheDashboard() throws Exception {
        Document map = page(learner, "/mastery?subject=" + SUBJECT);
        assertThat(map.select("[data-testid=take-diagnostic]")).hasSize(1);
        assertThat(map.select("[data-testid=diagnostic-link]").eachAttr("href"))
                .contains("/mastery/diagnostic?subject=" + SUBJECT);
        assertThat(map.select("[data-testid=concept-row]")).hasSize(2);
        assertThat(map.select("[data-testid=concept-row][data-concept=" + BASICS + "] [data-testid=concept-mastery]")
                .text()).isEqualTo("not yet");

        Document dashboard = page(learner, "/");
        assertThat(dashboard.select("[data-testid=dashboard-diagnostic]").eachAttr("href"))
                .contains("/mastery/diagnostic?subject=" + SUBJECT);
    }

    @Test
    void aLearnerSeesTheirOwnMapWithMasteryEvidenceAndTheGraph() throws Exception {
        practises(learner, 3, 1);

        Document map = page(learner, "/mastery?subject=" + SUBJECT);
        assertThat(map.select("[data-testid=take-diagnostic]")).isEmpty();
        String row = map.select("[data-testid=concept-row][data-concept=" + BASICS + "]").text();
        assertThat(row).contains("Map basics").contains("3 of 4 right").containsPattern("\\d+%");
        assertThat(map.select("[data-testid=mastery-graph] a[data-key=" + BASICS + "]").attr("href"))
                .isEqualTo("/mastery/concepts/" + BASICS);
        assertThat(map.select("[data-testid=mastery-graph] title").text()).contains("Map basics");
        assertThat(map.select("[data-testid=phase-reason]").text()).startsWith("No exam date set");
        assertThat(map.select("[data-testid=no-prediction]")).hasSize(1);
        assertThat(map.select("[data-testid=weekly-build]").attr("action")).isEqualTo("/mastery/weekly");

        // Another learner's map shows nothing of the first one's answers.
        Document other = page(world.secondLearner(), "/mastery?subject=" + SUBJECT);
        assertThat(other.select("[data-testid=concept-row][data-concept=" + BASICS + "]").text())
                .doesNotContain("3 of 4");
        assertThat(page(learner, "/").select("[data-testid=dashboard-due]")).hasSize(1);
    }

    @Test
    void theConceptPageSaysWhyWithItsNeighboursAndPractice() throws Exception {
        practises(learner, 2, 1);

        Document concept = page(learner, "/mastery/concepts/" + BASICS);
        assertThat(concept.select("h1").text()).isEqualTo("Map basics");
        assertThat(concept.select("[data-testid=explanation-lead]").text()).matches("Mastery 0\\.\\d+ because:");
        assertThat(concept.select("[data-testid=reason]")).isNotEmpty();
        assertThat(concept.select("[data-testid=reason]").text()).doesNotContain("mastery.reason.");
        assertThat(concept.select("[data-testid=dependents]").text()).contains("Map first step").contains("required");
        assertThat(concept.select("[data-testid=practise]").attr("href")).isEqualTo("/mastery/review?concept=" + BASICS);

        Document step = page(learner, "/mastery/concepts/" + STEP);
        assertThat(step.select("[data-testid=no-evidence]")).hasSize(1);
        assertThat(step.select("[data-testid=prerequisites]").text()).contains("Map basics");
        // other tests of the shared context publish courses on the same concept, so look for this one's lesson
        assertThat(step.select("[data-testid=lessons] a").eachAttr("href"))
                .contains("/courses/" + course.id() + "/lessons/" + course.lessons().getFirst().id());

        mvc.perform(get("/mastery/concepts/testing.nothing").with(as(learner))).andExpect(status().isNotFound());
    }

    @Test
    void thePathTicksWhatIsMasteredAndLinksLessons() throws Exception {
        actingAs(learner, () -> {
            states.seedFromDiagnostic(learner.id(), 3.0, 0.3, java.util.Map.of(BASICS, 0.99));
            return null;
        });

        Document path = page(learner, "/mastery/path?goal=course:" + course.id());
        assertThat(path.select("h1").text()).isEqualTo("My path: Map course");
        assertThat(path.select("[data-testid=path-step]").eachAttr("data-concept")).containsExactly(BASICS, STEP);
        assertThat(path.select("[data-testid=path-step][data-concept=" + BASICS + "] [data-testid=step-mastered]"))
                .hasSize(1);
        assertThat(path.select("[data-testid=path-step][data-concept=" + STEP + "] [data-testid=step-mastered]"))
                .isEmpty();
        assertThat(path.select("[data-testid=path-lesson]").attr("href"))
                .isEqualTo("/courses/" + course.id() + "/lessons/" + course.lessons().getFirst().id());
        mvc.perform(get("/mastery/path?goal=subject:nothing-here").with(as(learner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anExamDateIsKeptWhenItIsADateAheadAndRefusedOtherwise() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        mvc.perform(post("/mastery/exam-date").param("examDate", today.plusDays(40).toString()).with(as(learner))
                .with(csrf())).andExpect(redirectedUrl("/mastery"));
        Document map = page(learner, "/mastery?subject=" + SUBJECT);
        assertThat(map.select("#examDate").attr("value")).isEqualTo(today.plusDays(40).toString());
        assertThat(map.select("[data-testid=phase-reason]").text()).contains("days to your exam");

        Document wrong = html(mvc.perform(post("/mastery/exam-date").param("examDate", "next june").with(as(learner))
                .with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(wrong.select("#examDate-error").text()).isEqualTo("Enter a date as year-month-day.");
        assertThat(wrong.select("#examDate").attr("aria-invalid")).isEqualTo("true");
        assertThat(wrong.select("#examDate").attr("value")).isEqualTo("next june");

        Document past = html(mvc.perform(post("/mastery/exam-date").param("examDate", today.minusDays(1).toString())
                .with(as(learner)).with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(past.select("#examDate-error").text()).isEqualTo("The exam date is in the past.");
        // The refused dates left the saved one alone.
        assertThat(page(learner, "/mastery").select("#examDate").attr("value"))
                .isEqualTo(today.plusDays(40).toString());

        mvc.perform(post("/mastery/exam-date").param("examDate", "").with(as(learner)).with(csrf()))
                .andExpect(redirectedUrl("/mastery"));
        assertThat(page(learner, "/mastery").select("#examDate").attr("value")).isEmpty();
    }

    @Test
    void onlyLearnersOpenTheMasteryPagesInTheirLanguage() throws Exception {
        mvc.perform(get("/mastery").with(as(world.person(Role.PARENT)))).andExpect(status().isForbidden());
        mvc.perform(post("/mastery/exam-date").param("examDate", "2030-01-01").with(as(world.person(Role.PARENT)))
                .with(csrf())).andExpect(status().isForbidden());
        Document hindi = page(learner, "/mastery?lang=hi&subject=" + SUBJECT);
        assertThat(hindi.select("h1").text()).isEqualTo("मेरी महारत");
        Document khmer = page(learner, "/mastery?lang=km&subject=" + SUBJECT);
        assertThat(khmer.select("h1").text()).isEqualTo("ការស្ទាត់ជំនាញរបស់ខ្ញុំ");
    }

    static <T> T actingAs(Person person, Supplier<T> work) {
        VidyaPrincipal principal = person.principal();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(principal.tenantId(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
