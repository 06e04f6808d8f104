package org.vidya.catalog.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.Api.Response;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Browsing the catalog, tracks and domains as a learner, in the learner's language. */
@ApiTest
class CatalogRestControllerTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    TestTenant tenant;
    String author;
    String learner;
    String binary;

    @BeforeEach
    void aSchoolWithTheBinaryCourseAndAPaidOne() throws Exception {
        tenant = data.tenant();
        author = api.signIn(data.member(tenant, Role.CONTENT_CREATOR)).accessToken();
        learner = api.signIn(data.member(tenant, Role.LEARNER)).accessToken();
        MockHttpServletResponse imported = SampleCourse.importPackage(mvc, author, SampleCourse.zip(), "b.zip", false);
        binary = json.readTree(imported.getContentAsString()).path("course").path("id").asString();
        api.post("/api/v1/authoring/courses/" + binary + "/publish", author, null);
        Map<String, Object> paid = AuthoringRestControllerTests.courseBody("Algebra for engineers", true, "KEY");
        paid.put("level", "ADVANCED");
        paid.put("category", "Mathematics");
        String algebra = api.post("/api/v1/authoring/courses", author, paid).json().path("id").asString();
        String module = api.post("/api/v1/authoring/courses/" + algebra + "/modules", author,
                Map.of("title", Map.of("en", "Equations"))).json().path("id").asString();
        api.post("/api/v1/authoring/courses/" + algebra + "/modules/" + module + "/lessons", author,
                Map.of("title", Map.of("en", "Balancing"), "kind", "CHALLENGE", "estimatedMinutes", 30));
        api.post("/api/v1/authoring/courses/" + algebra + "/publish", author, null);
        api.post("/api/v1/authoring/courses", author, AuthoringRestControllerTests.courseBody("Draft only", false,
                "OPEN"));
    }

    @Test
    void browsesPublishedCoursesWithFilters() {
        assertThat(titles("/api/v1/courses")).contains("Counting in Binary", "Algebra for engineers")
                .doesNotContain("Draft only");
        assertThat(titles("/api/v1/courses?q=BINARY")).contains("Counting in Binary")
                .doesNotContain("Algebra for engineers");
        assertThat(titles("/api/v1/courses?q=only 0 and 1")).contains("Counting in Binary");
        assertThat(titles("/api/v1/courses?level=ADVANCED")).contains("Algebra for engineers")
                .doesNotContain("Counting in Binary");
        assertThat(titles("/api/v1/courses?category=computer science")).contains("Counting in Binary")
                .doesNotContain("Algebra for engineers");
        assertThat(titles("/api/v1/courses?paid=true")).contains("Algebra for engineers")
                .doesNotContain("Counting in Binary");
        String track = api.get("/api/v1/courses/" + binary, learner).json().path("course").path("trackId").asString();
        assertThat(titles("/api/v1/courses?track=" + track)).containsExactly("Counting in Binary");
        api.get("/api/v1/courses?level=GURU", learner).isInvalid("level");
        api.get("/api/v1/courses?q=" + "x".repeat(201), learner).isProblem(400, "validation-failed");
    }

    @Test
    void answersInTheLearnersLanguageFallingBackToTheCoursesDefault() {
        Response hindi = api.send(get("/api/v1/courses/" + binary).header("Accept-Language", "hi"), learner, null);
        JsonNode outline = hindi.json();
        assertThat(outline.path("course").path("title").asString()).isEqualTo("बाइनरी में गिनती");
        assertThat(outline.path("modules").get(0).path("title").asString()).isEqualTo("स्थानीय मान");
        // No Hindi for the second module: the default language stands in.
        assertThat(outline.path("modules").get(1).path("title").asString()).isEqualTo("Converting numbers");
        Response khmer = api.get("/api/v1/courses/" + binary + "?lang=km", learner);
        assertThat(khmer.json().path("course").path("title").asString()).isEqualTo("Counting in Binary");
        String lesson = outline.path("modules").get(0).path("lessons").get(0).path("id").asString();
        JsonNode blocks = api.send(get("/api/v1/courses/" + binary + "/lessons/" + lesson)
                .header("Accept-Language", "hi"), learner, null).json().path("blocks");
        assertThat(blocks.get(0).path("html").asString()).contains("<h2>स्थानीय मान</h2>");
        assertThat(blocks.get(1).path("alt").asString()).startsWith("Four blue");
    }

    @Test
    void listsTracksWithTheirPublishedCoursesAndDomains() {
        JsonNode tracks = api.get("/api/v1/tracks", learner).json();
        JsonNode foundations = null;
        for (JsonNode track : tracks) {
            if (track.path("slug").asString().equals("computing-foundations") && !track.path("platformWide").asBoolean()) {
                foundations = track;
            }
        }
        assertThat(foundations).isNotNull();
        assertThat(foundations.path("courses").findValuesAsString("title")).containsExactly("Counting in Binary");
        List<String> domains = api.get("/api/v1/domains", learner).json().findValuesAsString("slug");
        assertThat(domains).contains("computer-science");
    }

    @Test
    void aLessonOfAnotherCourseIsNotFound() {
        Response outline = api.get("/api/v1/courses/" + binary, learner);
        String lesson = outline.json().path("modules").get(0).path("lessons").get(0).path("id").asString();
        api.get("/api/v1/courses/" + java.util.UUID.randomUUID() + "/lessons/" + lesson, learner)
                .isProblem(404, "lesson-not-found");
        api.get("/api/v1/courses/" + java.util.UUID.randomUUID(), learner).isProblem(404, "course-not-found");
        api.get("/api/v1/courses/not-a-uuid", learner).isInvalid("id");
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .path("paths");
        assertThat(paths.path("/api/v1/courses").has("get")).isTrue();
        assertThat(paths.path("/api/v1/courses/{id}/lessons/{lessonId}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/authoring/courses/{id}/publish").has("post")).isTrue();
        assertThat(paths.path("/api/v1/authoring/course-imports").path("post").path("requestBody").path("content")
                .has("multipart/form-data")).isTrue();
    }

    private List<String> titles(String path) {
        Response response = api.get(path, learner);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().findValuesAsString("title");
    }
}
