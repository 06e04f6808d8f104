package org.vidya.coursework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.coursework.CourseworkFixtures.assignment;
import static org.vidya.coursework.CourseworkFixtures.rubric;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The teacher's gradebook: courses and assignments, the assignment form with its rubric rows,
 * the roster with "release all", and grading one submission on the rubric's radio grid.
 */
@ApiTest
class GradebookPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
    }

    String create(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Document page(String path) throws Exception {
        return html(mvc.perform(get(path).with(as(room.teacher()))).andExpect(status().isOk()).andReturn());
    }

    MockHttpServletRequestBuilder assignmentForm(String action) {
        return assignmentForm(action, "20");
    }

    MockHttpServletRequestBuilder assignmentForm(String action, String maxPoints) {
        return post(action).with(as(room.teacher())).with(csrf())
                .param("title", "Temperature converter")
                .param("instructions", "Write `c_to_f(c)` and test it at **0** and **100** degrees.")
                .param("submissionTypes", "TEXT", "FILE")
                .param("maxPoints", maxPoints)
                .param("dueAt", "2099-03-10T17:00")
                .param("latePolicy", "ACCEPT").param("penaltyPercentPerDay", "10").param("cutoffAt", "2099-03-13T17:00")
                .param("published", "true").param("_published", "on")
                .param("criteria[0].title", "Correctness").param("criteria[0].description", "Right answers")
                .param("criteria[0].levels[0].points", "10").param("criteria[0].levels[0].description", "All right")
                .param("criteria[0].levels[1].points", "5").param("criteria[0].levels[1].description", "Some right")
                .param("criteria[0].levels[2].points", "").param("criteria[0].levels[2].description", "")
                .param("criteria[1].title", "Readability")
                .param("criteria[1].levels[0].points", "5").param("criteria[1].levels[0].description", "Clear names")
                .param("criteria[1].levels[1].points", "0").param("criteria[1].levels[1].description", "Hard to follow")
                .param("criteria[2].title", "Testing")
                .param("criteria[2].levels[0].points", "5").param("criteria[2].levels[0].description", "Tests")
                .param("criteria[3].title", "").param("criteria[3].levels[0].points", "");
    }

    @Test
    void theGradebookListsTheTenantsCoursesWithTheirAssignments() throws Exception {
        create(assignment("Published one", Instant.now().plus(Duration.ofDays(3)), true));
        create(assignment("Draft one", Instant.now().plus(Duration.ofDays(4)), false));
        Document page = page("/gradebook");
        Element course = page.select("[data-testid=gradebook-course]").stream()
                .filter(c -> c.select("h2").text().startsWith("Python Basics")).findFirst().orElseThrow();
        assertThat(course.select("[data-testid=gradebook-assignment] td:first-child").eachText())
                .containsExactly("Published one", "Draft one");
        assertThat(course.select("[data-testid=gradebook-assignment] .badge").eachText())
                .containsExactly("Published", "Draft");
        assertThat(course.select("[data-testid=new-assignment]").attr("href"))
                .isEqualTo("/gradebook/courses/" + room.course() + "/assignments/new");
        assertThat(page.select("nav.mainnav a[href=/gradebook]").hasClass("active")).isTrue();
    }

    @Test
    void aTeacherCreatesAnAssignmentWithARubricThroughTheForm() throws Exception {
        Document form = page("/gradebook/courses/" + room.course() + "/assignments/new");
        assertThat(form.select("[data-testid=rubric-editor] [data-criterion]")).hasSize(1);

        MvcResult created = mvc.perform(assignmentForm("/gradebook/courses/" + room.course() + "/assignments"))
                .andExpect(status().isFound()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/gradebook/assignments/");
        String id = location.substring("/gradebook/assignments/".length());

        JsonNode saved = api.get("/api/v1/assignments/" + id, room.teacherToken()).json();
        assertThat(saved.path("title").asString()).isEqualTo("Temperature converter");
        assertThat(saved.path("dueAt").asString()).isEqualTo("2099-03-10T17:00:00Z");
        assertThat(saved.path("cutoffAt").asString()).isEqualTo("2099-03-13T17:00:00Z");
        assertThat(saved.path("rubric").path("criteria").findValuesAsString("title"))
                .containsExactly("Correctness", "Readability", "Testing");
        assertThat(saved.path("rubric").path("criteria").get(0).path("levels")).hasSize(2);

        Document edit = page("/gradebook/assignments/" + id + "/edit");
        assertThat(edit.select("#title").val()).isEqualTo("Temperature converter");
        assertThat(edit.select("[data-criterion]")).as("three criteria and an empty one").hasSize(4);
        assertThat(edit.select("input[name=criteria[0].levels[1].description]").val()).isEqualTo("Some right");
    }

    @Test
    void aRubricThatDoesNotAddUpIsShownBackWithTheProblem() throws Exception {
        MvcResult result = mvc.perform(assignmentForm("/gradebook/courses/" + room.course() + "/assignments", "25")).andExpect(status().isBadRequest()).andReturn();
        Document page = html(result);
        assertThat(page.select("[data-testid=form-errors]").text()).contains("add up");
        assertThat(page.select("#title").val()).isEqualTo("Temperature converter");
        assertThat(page.select("input[name=criteria[0].title]").val()).isEqualTo("Correctness");
        assertThat(api.get("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken()).json()
                .path("items")).isEmpty();
    }

    @Test
    void theRosterShowsEveryLearnerAndReleasesAllGradedWork() throws Exception {
        String id = create(assignment("Roster", Instant.now().plus(Duration.ofDays(3)), true));
        String submission = api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "print('hi')")).json().path("id").asString();
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", 16));

        Document roster = page("/gradebook/assignments/" + id);
        assertThat(roster.select("[data-testid=roster-row] td:first-child").eachText())
                .containsExactly("Cai Classmate", "Lena Learner");
        assertThat(roster.select("[data-testid=roster-row] .status").eachAttr("data-status"))
                .containsExactly("PENDING", "SUBMITTED");
        assertThat(roster.select("[data-testid=release-all] button").text()).isEqualTo("Release all graded (1)");

        mvc.perform(post("/gradebook/assignments/" + id + "/releases").with(as(room.teacher())).with(csrf()))
                .andExpect(status().isFound());
        Document after = page("/gradebook/assignments/" + id);
        assertThat(after.select("[data-testid=roster-row] .status").eachAttr("data-status"))
                .containsExactly("PENDING", "GRADED");
        assertThat(after.select("[data-testid=release-all] button").hasAttr("disabled")).isTrue();
    }

    @Test
    void aTeacherGradesOnTheRubricGridAndReleasesTheGrade() throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Temperature converter",
                Instant.now().plus(Duration.ofDays(3)), true));
        body.put("rubric", rubric());
        String id = create(body);
        String submission = api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "<script>alert('x')</script>\ndef c_to_f(c):\n    return c * 1.8 + 32"))
                .json().path("id").asString();

        Document page = page("/gradebook/submissions/" + submission);
        assertThat(page.select("main script:not([src])")).isEmpty();
        assertThat(page.select("[data-testid=submission-text]").text()).startsWith("<script>alert('x')</script>");
        assertThat(page.select("[data-testid=rubric-grid] tr")).hasSize(3);
        List<String> criteria = page.select("[data-testid=rubric-grid] tr").stream()
                .map(tr -> tr.select("input[type=radio]").first().attr("name")).toList();
        List<String> best = page.select("[data-testid=rubric-grid] tr").stream()
                .map(tr -> tr.select("input[type=radio]").first().val()).toList();

        // Leaving a criterion out is refused and shown.
        MvcResult partial = mvc.perform(post("/gradebook/submissions/" + submission + "/grade").with(as(room.teacher()))
                .with(csrf()).param(criteria.get(0), best.get(0))).andExpect(status().isBadRequest()).andReturn();
        assertThat(html(partial).select("[data-testid=form-errors]")).hasSize(1);

        mvc.perform(post("/gradebook/submissions/" + submission + "/grade").with(as(room.teacher())).with(csrf())
                        .param(criteria.get(0), best.get(0)).param(criteria.get(1), best.get(1))
                        .param(criteria.get(2), best.get(2)).param("feedback", "Neat. Add tests for -40."))
                .andExpect(status().isFound());
        Document graded = page("/gradebook/submissions/" + submission);
        assertThat(graded.select("[data-testid=final-points]").text()).isEqualTo("20 / 20 points");
        assertThat(graded.select("[data-testid=rubric-grid] input[checked]")).hasSize(3);
        assertThat(api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").path("grade").isNull()).isTrue();

        mvc.perform(post("/gradebook/submissions/" + submission + "/release").with(as(room.teacher())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(page("/gradebook/submissions/" + submission).select("[data-testid=released]")).hasSize(1);
        JsonNode grade = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").path("grade");
        assertThat(grade.path("finalPoints").decimalValue()).isEqualByComparingTo("20");
        assertThat(grade.path("feedback").asString()).isEqualTo("Neat. Add tests for -40.");
    }

    @Test
    void pointsAboveTheMaximumAreShownBackAsAFieldError() throws Exception {
        String id = create(assignment("Points", Instant.now().plus(Duration.ofDays(3)), true));
        String submission = api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "answer")).json().path("id").asString();
        MvcResult result = mvc.perform(post("/gradebook/submissions/" + submission + "/grade").with(as(room.teacher()))
                .with(csrf()).param("points", "25")).andExpect(status().isUnprocessableContent()).andReturn();
        Document page = html(result);
        assertThat(page.select("#points-error").text()).contains("More than");
        assertThat(page.select("#points").val()).isEqualTo("25");
    }

    @Test
    void learnersCannotOpenTheGradebook() throws Exception {
        mvc.perform(get("/gradebook").with(as(room.learner()))).andExpect(status().isForbidden());
        String id = create(assignment("Staff only", Instant.now().plus(Duration.ofDays(3)), true));
        mvc.perform(get("/gradebook/assignments/" + id).with(as(room.learner()))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void theGradebookPagesAreCompleteInEachLanguage(String language) throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Languages", Instant.now().plus(Duration.ofDays(3)), true));
        body.put("rubric", rubric());
        String id = create(body);
        String submission = api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "answer")).json().path("id").asString();
        for (String path : List.of("/gradebook", "/gradebook/courses/" + room.course() + "/assignments/new",
                "/gradebook/assignments/" + id, "/gradebook/assignments/" + id + "/edit",
                "/gradebook/submissions/" + submission)) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(room.teacher())))
                    .andExpect(status().isOk()).andReturn());
            PageChecks.complete(page, path, language);
        }
    }
}
