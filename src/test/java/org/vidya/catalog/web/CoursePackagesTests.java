package org.vidya.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** A course exported from one tenant and imported into another renders the same. */
@ApiTest
class CoursePackagesTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;

    @Test
    void exportedFromOneTenantItImportsIntoAnotherAndRendersTheSame() throws Exception {
        TestTenant a = data.tenant();
        TestTenant b = data.tenant();
        String authorA = api.signIn(data.member(a, Role.CONTENT_CREATOR)).accessToken();
        String authorB = api.signIn(data.member(b, Role.TEACHER)).accessToken();
        String learnerA = api.signIn(data.member(a, Role.LEARNER)).accessToken();
        String learnerB = api.signIn(data.member(b, Role.LEARNER)).accessToken();

        MockHttpServletResponse imported = SampleCourse.importPackage(mvc, authorA, SampleCourse.zip(), "binary.zip",
                false);
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(201);
        String courseA = json.readTree(imported.getContentAsString()).path("course").path("id").asString();
        api.put("/api/v1/authoring/courses/" + courseA + "/enrollment-key", authorA, Map.of("key", "secret-key-a"));
        api.post("/api/v1/authoring/courses/" + courseA + "/publish", authorA, null);

        Response export = api.get("/api/v1/authoring/courses/" + courseA + "/export", authorA);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).isEqualTo("application/zip");
        assertThat(export.header("Content-Disposition")).contains("attachment", ".zip");
        byte[] zip = export.raw().getContentAsByteArray();
        Map<String, byte[]> entries = SampleCourse.entries(zip);
        assertThat(entries).containsOnlyKeys("course.json", "assets/place-values.png");
        assertThat(entries.get("assets/place-values.png")).isEqualTo(SampleCourse.image());
        String exported = new String(entries.get("course.json"), StandardCharsets.UTF_8);
        assertThat(exported).doesNotContain("secret-key-a", courseA);

        MockHttpServletResponse intoB = SampleCourse.importPackage(mvc, authorB, zip, "from-a.zip", false);
        assertThat(intoB.getStatus()).as(intoB.getContentAsString()).isEqualTo(201);
        String courseB = json.readTree(intoB.getContentAsString()).path("course").path("id").asString();
        assertThat(courseB).isNotEqualTo(courseA);
        assertThat(json.readTree(intoB.getContentAsString()).path("course").path("hasEnrollmentKey").asBoolean())
                .isFalse();
        api.post("/api/v1/authoring/courses/" + courseB + "/publish", authorB, null);

        JsonNode outlineA = api.get("/api/v1/courses/" + courseA, learnerA).json();
        JsonNode outlineB = api.get("/api/v1/courses/" + courseB, learnerB).json();
        assertThat(titles(outlineB)).isEqualTo(titles(outlineA)).contains("Place values", "Reading a binary number/GUIDED_DISCOVERY");
        assertThat(outlineB.path("course").path("trackTitle").asString()).isEqualTo("Computing Foundations");
        List<String> lessonsA = outlineA.findValuesAsString("id");
        List<String> lessonsB = outlineB.findValuesAsString("id");
        assertThat(lessonsB).doesNotContainAnyElementsOf(lessonsA);
        JsonNode modulesA = outlineA.path("modules");
        JsonNode modulesB = outlineB.path("modules");
        for (int m = 0; m < modulesA.size(); m++) {
            for (int l = 0; l < modulesA.get(m).path("lessons").size(); l++) {
                String lessonA = modulesA.get(m).path("lessons").get(l).path("id").asString();
                String lessonB = modulesB.get(m).path("lessons").get(l).path("id").asString();
                JsonNode blocksA = api.get("/api/v1/courses/" + courseA + "/lessons/" + lessonA, learnerA).json()
                        .path("blocks");
                JsonNode blocksB = api.get("/api/v1/courses/" + courseB + "/lessons/" + lessonB, learnerB).json()
                        .path("blocks");
                assertThat(blocksB.findValuesAsString("html")).isEqualTo(blocksA.findValuesAsString("html"));
                assertThat(blocksB.findValuesAsString("code")).isEqualTo(blocksA.findValuesAsString("code"));
                assertThat(blocksB.findValuesAsString("alt")).isEqualTo(blocksA.findValuesAsString("alt"));
            }
        }
        assertThat(api.get("/api/v1/courses/" + courseB + "/assets/place-values.png", learnerB).raw()
                .getContentAsByteArray()).isEqualTo(SampleCourse.image());
        // B's copy is B's own: A's learners do not see it.
        assertThat(api.get("/api/v1/courses/" + courseB, learnerA).status()).isEqualTo(404);
    }

    @Test
    void aDryRunChecksAndCreatesNothing() throws Exception {
        TestTenant tenant = data.tenant();
        String author = api.signIn(data.member(tenant, Role.CONTENT_CREATOR)).accessToken();
        MockHttpServletResponse dryRun = SampleCourse.importPackage(mvc, author, SampleCourse.zip(), "b.zip", true);
        assertThat(dryRun.getStatus()).isEqualTo(200);
        JsonNode report = json.readTree(dryRun.getContentAsString());
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("lessons").asInt()).isEqualTo(3);
        assertThat(report.path("blocks").asInt()).isEqualTo(9);
        assertThat(report.path("course").isNull()).isTrue();
        assertThat(api.get("/api/v1/authoring/courses", author).json()).isEmpty();
    }

    @Test
    void aBareCourseJsonImportsToo() throws Exception {
        TestTenant tenant = data.tenant();
        String author = api.signIn(data.member(tenant, Role.ORG_ADMIN)).accessToken();
        JsonNode course = json.readTree(SampleCourse.json());
        ((tools.jackson.databind.node.ArrayNode) course.path("course").path("modules").get(0).path("lessons").get(0)
                .path("blocks")).remove(1);
        String withoutImage = json.writeValueAsString(course);
        Response first = api.post("/api/v1/authoring/course-imports", author, withoutImage);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("course").path("slug").asString()).isEqualTo("counting-in-binary");
        Response second = api.post("/api/v1/authoring/course-imports", author, withoutImage);
        assertThat(second.json().path("course").path("slug").asString()).isEqualTo("counting-in-binary-2");
        // The bare course.json names an image it does not carry.
        Response missing = api.post("/api/v1/authoring/course-imports", author,
                new String(SampleCourse.json(), StandardCharsets.UTF_8));
        missing.isInvalid("course.modules[0].lessons[0].blocks[1].asset");
    }

    @Test
    void anInvalidPackageIsReportedByPathAndCreatesNothing() throws Exception {
        TestTenant tenant = data.tenant();
        String author = api.signIn(data.member(tenant, Role.CONTENT_CREATOR)).accessToken();
        String broken = new String(SampleCourse.json(), StandardCharsets.UTF_8)
                .replace("\"formatVersion\": 1", "\"formatVersion\": 7")
                .replace("\"CODE_ALONG\"", "\"LECTURE\"")
                .replace("\"style\": \"tip\"", "\"style\": \"shout\"");
        MockHttpServletResponse response = SampleCourse.importPackage(mvc, author,
                zip(Map.of("course.json", broken.getBytes(StandardCharsets.UTF_8), "assets/place-values.png",
                        SampleCourse.image(), "assets/script.png", "<script>".getBytes(StandardCharsets.UTF_8))),
                "broken.zip", false);
        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(response.getContentAsString());
        List<String> fields = new ArrayList<>(problem.path("errors").findValuesAsString("field"));
        assertThat(fields).contains("formatVersion", "course.modules[1].lessons[0].kind",
                "course.modules[1].lessons[0].blocks[2].style");
        assertThat(api.get("/api/v1/authoring/courses", author).json()).isEmpty();
        MockHttpServletResponse badImage = SampleCourse.importPackage(mvc, author,
                zip(Map.of("course.json", SampleCourse.json(), "assets/place-values.png", SampleCourse.image(),
                        "assets/script.png", "<script>".getBytes(StandardCharsets.UTF_8))), "x.zip", false);
        assertThat(json.readTree(badImage.getContentAsString()).path("errors").findValuesAsString("field"))
                .containsExactly("assets/script.png");
        assertThat(api.get("/api/v1/authoring/courses", author).json()).isEmpty();
    }

    private static List<String> titles(JsonNode outline) {
        List<String> titles = new ArrayList<>();
        titles.add(outline.path("course").path("title").asString());
        outline.path("modules").forEach(m -> {
            titles.add(m.path("title").asString());
            m.path("lessons").forEach(l -> titles.add(l.path("title").asString() + "/" + l.path("kind").asString()));
        });
        return titles;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
