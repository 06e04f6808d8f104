package org.vidya.coursework.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.coursework.CourseworkFixtures.assignment;
import static org.vidya.coursework.CourseworkFixtures.rubric;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The learner's pages: their assignments, one assignment with its instructions, handing in text
 * and files, the late warning, and the grade only once it is released. Script written into
 * instructions or handed in as text is shown as text, never run.
 */
@ApiTest
class AssignmentPageControllerTests {

    static final String SCRIPT = "<script>alert('owned')</script><img src=x onerror=\"alert(1)\">";

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
        return html(mvc.perform(get(path).with(as(room.learner()))).andExpect(status().isOk()).andReturn());
    }

    static void assertInert(Document page) {
        assertThat(page.select("main script:not([src])")).isEmpty();
        assertThat(page.select("main [onerror], main [onclick], main [onload]")).isEmpty();
        assertThat(page.select("main a[href^=javascript], main img[src^=javascript]")).isEmpty();
    }

    @Test
    void theListShowsEveryAssignmentOfTheLearnersCoursesWithStatusAndReleasedGrade() throws Exception {
        String open = create(assignment("Temperature converter", Instant.now().plus(Duration.ofDays(3)), true));
        String graded = create(assignment("Loops warm-up", Instant.now().plus(Duration.ofDays(1)), true));
        create(assignment("Still a draft", Instant.now().plus(Duration.ofDays(1)), false));
        String submission = api.put("/api/v1/assignments/" + graded + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "for i in range(3): print(i)")).json().path("id").asString();
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", 18));
        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);

        Document page = page("/assignments");
        assertThat(page.select("[data-testid=assignment-row] td:first-child").eachText())
                .containsExactly("Loops warm-up", "Temperature converter");
        assertThat(page.select("[data-testid=assignment-row] .status").eachAttr("data-status"))
                .containsExactly("GRADED", "PENDING");
        assertThat(page.select("[data-testid=grade-cell]").eachText()).containsExactly("18 / 20", "Not yet");
        assertThat(page.select("a[href=/assignments/" + open + "]")).hasSize(1);
        assertThat(page.select("nav.mainnav a[href=/assignments]").hasClass("active")).isTrue();
    }

    @Test
    void scriptInInstructionsAndInHandedInTextIsShownAsText() throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Careful", Instant.now().plus(Duration.ofDays(3)), true));
        body.put("instructions", "Read this **first**. " + SCRIPT + " [click](javascript:alert(2))");
        String id = create(body);

        mvc.perform(post("/assignments/" + id + "/submission").with(as(room.learner())).with(csrf())
                        .param("type", "TEXT").param("text", SCRIPT).param("idempotencyKey", "page-key-1"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/assignments/" + id));

        Document page = page("/assignments/" + id);
        assertInert(page);
        assertThat(page.select("[data-testid=instructions] strong").text()).isEqualTo("first");
        assertThat(page.select("[data-testid=instructions]").text()).contains("alert('owned')");
        assertThat(page.select("[data-testid=submission-text]").text()).isEqualTo(SCRIPT);
        assertThat(page.select("[data-testid=standing] .status").attr("data-status")).isEqualTo("SUBMITTED");

        // The same form sent twice (a double click) hands in once.
        mvc.perform(post("/assignments/" + id + "/submission").with(as(room.learner())).with(csrf())
                .param("type", "TEXT").param("text", SCRIPT).param("idempotencyKey", "page-key-1"))
                .andExpect(status().isFound());
        assertThat(api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").path("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void theGradeAppearsOnlyOnceReleasedWithItsLevelsAndFeedback() throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Temperature converter",
                Instant.now().plus(Duration.ofDays(3)), true));
        body.put("rubric", rubric());
        String id = create(body);
        JsonNode rubric = api.get("/api/v1/assignments/" + id, room.teacherToken()).json().path("rubric");
        String submission = api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "def c_to_f(c): return c * 9 / 5 + 32")).json().path("id").asString();
        Map<String, String> levels = new LinkedHashMap<>();
        for (JsonNode c : rubric.path("criteria")) {
            levels.put(c.path("id").asString(), c.path("levels").get(0).path("id").asString());
        }
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("levels", levels, "feedback", "Clear and correct. <b>Well done</b>."));

        Document before = page("/assignments/" + id);
        assertThat(before.select("[data-testid=released-grade]")).isEmpty();
        assertThat(before.html()).doesNotContain("Clear and correct");
        assertThat(before.select("[data-testid=rubric] tbody tr")).hasSize(3);

        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        Document after = page("/assignments/" + id);
        assertThat(after.select("[data-testid=final-points]").text()).isEqualTo("20 / 20 points");
        assertThat(after.select("[data-testid=grade-levels] tbody tr")).hasSize(3);
        assertThat(after.select("[data-testid=feedback]").text()).isEqualTo("Clear and correct. <b>Well done</b>.");
        assertThat(after.select("[data-testid=feedback] b")).isEmpty();
        assertThat(after.select("[data-testid=hand-in]")).as("graded work cannot be replaced").isEmpty();
    }

    @Test
    void afterTheDueDateTheLearnerIsWarnedThatWorkIsLate() throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Projectile problem set",
                Instant.now().minus(Duration.ofHours(2)), true));
        body.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 10));
        String id = create(body);
        Document page = page("/assignments/" + id);
        assertThat(page.select("[data-testid=late-warning]").text()).contains("10%");
        assertThat(page.select("[data-testid=standing] .status").attr("data-status")).isEqualTo("MISSING");
        assertThat(page.select("[data-testid=text-form]")).hasSize(1);
    }

    @Test
    void filesAreHandedInAndALyingOneIsRefusedOnThePage() throws Exception {
        String id = create(assignment("Upload", Instant.now().plus(Duration.ofDays(3)), true));
        byte[] png = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                + "0000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");
        MvcResult refused = mvc.perform(multipart("/assignments/" + id + "/submission/file")
                        .file(new MockMultipartFile("file", "essay.pdf", "application/pdf", png))
                        .with(as(room.learner())).with(csrf()))
                .andExpect(status().isUnsupportedMediaType()).andReturn();
        assertThat(html(refused).select("[data-testid=form-errors]").text()).contains("not accepted");

        mvc.perform(multipart("/assignments/" + id + "/submission/file")
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain",
                                "F = C * 9/5 + 32".getBytes(StandardCharsets.UTF_8)))
                        .with(as(room.learner())).with(csrf()))
                .andExpect(status().isFound());
        Document page = page("/assignments/" + id);
        String href = page.select("[data-testid=submission-file]").attr("href");
        assertThat(page.select("[data-testid=submission-file]").text()).startsWith("Download notes.txt");
        MvcResult download = mvc.perform(get(href).with(as(room.learner()))).andExpect(status().isOk()).andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        mvc.perform(get(href).with(as(room.classmate()))).andExpect(status().isNotFound());
    }

    @Test
    void closedAssignmentsSayWhyInsteadOfOfferingAForm() throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Strict", Instant.now().minus(Duration.ofHours(1)), true));
        body.put("late", Map.of("policy", "REJECT"));
        String id = create(body);
        Document page = page("/assignments/" + id);
        assertThat(page.select("[data-testid=closed]")).hasSize(1);
        assertThat(page.select("[data-testid=hand-in]")).isEmpty();
        MvcResult post = mvc.perform(post("/assignments/" + id + "/submission").with(as(room.learner())).with(csrf())
                .param("type", "TEXT").param("text", "Too late")).andExpect(status().isConflict()).andReturn();
        assertThat(html(post).select("[data-testid=form-errors]").text()).contains("no longer takes work");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void theLearnerPagesAreCompleteInEachLanguage(String language) throws Exception {
        Map<String, Object> body = new HashMap<>(assignment("Languages", Instant.now().minus(Duration.ofHours(1)), true));
        body.put("rubric", rubric());
        body.put("submissionTypes", List.of("TEXT", "FILE", "LINK", "VIDEO_LINK"));
        String id = create(body);
        for (String path : List.of("/assignments", "/assignments/" + id)) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(room.learner())))
                    .andExpect(status().isOk()).andReturn());
            PageChecks.complete(page, path, language);
        }
        String heading = html(mvc.perform(get("/assignments").param("lang", language).with(as(room.learner())))
                .andReturn()).select("main h1").text();
        assertThat(heading).isEqualTo(Map.of("en", "Assignments", "hi", "असाइनमेंट", "km", "កិច្ចការ").get(language));
    }
}
