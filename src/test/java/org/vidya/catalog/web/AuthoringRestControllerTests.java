package org.vidya.catalog.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.Api.Response;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** Authoring through the REST API, and what learners see of it. */
@ApiTest
class AuthoringRestControllerTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired CatalogManagement catalog;

    TestTenant tenant;
    Person author;
    String authorToken;
    String learnerToken;

    @BeforeEach
    void schoolWithAnAuthorAndALearner() {
        tenant = data.tenant();
        author = data.member(tenant, Role.CONTENT_CREATOR);
        authorToken = api.signIn(author).accessToken();
        learnerToken = api.signIn(data.member(tenant, Role.LEARNER)).accessToken();
    }

    @Test
    void anAuthorBuildsAndPublishesACourseThatLearnersThenRead() {
        String course = createCourse("Fractions");
        String module = api.post("/api/v1/authoring/courses/" + course + "/modules", authorToken,
                Map.of("title", Map.of("en", "Halves and quarters"))).json().path("id").asString();
        String lesson = addLesson(course, module, "Cutting a pizza");
        addBlock(course, lesson, Map.of("type", "markdown", "text", Map.of("en", "Half of **8** is 4.")));
        addBlock(course, lesson, Map.of("type", "code", "language", "python", "code", "print(8 / 2)"));
        addBlock(course, lesson, Map.of("type", "question", "itemRef", "fractions.half.1",
                "prompt", Map.of("en", "What is half of 10?")));

        assertThat(api.get("/api/v1/courses/" + course, learnerToken).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/courses/" + course + "/lessons/" + lesson, learnerToken).status()).isEqualTo(404);

        Response published = api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("publishedVersion").asInt()).isEqualTo(1);
        assertThat(published.json().path("changedSincePublish").asBoolean()).isFalse();

        Response outline = api.get("/api/v1/courses/" + course, learnerToken);
        assertThat(outline.status()).isEqualTo(200);
        assertThat(outline.json().path("course").path("title").asString()).isEqualTo("Fractions");
        assertThat(outline.json().path("modules").get(0).path("lessons").get(0).path("id").asString())
                .isEqualTo(lesson);
        Response content = api.get("/api/v1/courses/" + course + "/lessons/" + lesson, learnerToken);
        assertThat(content.json().path("blocks")).hasSize(3);
        assertThat(content.json().path("blocks").get(0).path("html").asString())
                .isEqualTo("<p>Half of <strong>8</strong> is 4.</p>\n");
        assertThat(content.json().path("blocks").get(1).path("code").asString()).isEqualTo("print(8 / 2)");
        assertThat(content.json().path("blocks").get(2).path("itemRef").asString()).isEqualTo("fractions.half.1");
        assertThat(content.json().path("moduleTitle").asString()).isEqualTo("Halves and quarters");

        Response again = api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        again.isProblem(409, "already-published");
    }

    @Test
    void scriptsAndHandlersAreStoredAsWrittenButRenderedInert() {
        String course = createCourse("Safe <b onmouseover=\"alert(1)\">course</b>");
        String module = addModule(course, "Module <script>alert(1)</script>");
        String lesson = addLesson(course, module, "Lesson");
        String evil = "<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))"
                + "\n\n```html\n<script>alert(2)</script>\n```";
        addBlock(course, lesson, Map.of("type", "markdown", "text", Map.of("en", evil)));
        addBlock(course, lesson, Map.of("type", "callout", "style", "warning",
                "text", Map.of("en", "<iframe src=\"https://evil.example\"></iframe> careful")));

        Response draft = api.get("/api/v1/authoring/courses/" + course + "/lessons/" + lesson, authorToken);
        assertThat(draft.json().path("blocks").get(0).path("block").path("text").path("en").asString())
                .isEqualTo(evil);
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);

        Response content = api.get("/api/v1/courses/" + course + "/lessons/" + lesson, learnerToken);
        String markdown = content.json().path("blocks").get(0).path("html").asString();
        String callout = content.json().path("blocks").get(1).path("html").asString();
        assertThat(markdown + callout).doesNotContain("<script", "<img", "onerror=", "javascript:", "<iframe")
                .contains("&lt;script&gt;alert(", "&lt;iframe");
        assertThat(content.json().path("courseTitle").asString())
                .isEqualTo("Safe <b onmouseover=\"alert(1)\">course</b>");
    }

    @Test
    void aStaleOrderIsRefusedAndChangesNothing() {
        String course = createCourse("Ordering");
        String first = addModule(course, "First");
        String second = addModule(course, "Second");
        String third = addModule(course, "Third");
        JsonNode draft = api.get("/api/v1/authoring/courses/" + course, authorToken).json();
        long revision = draft.path("revision").asLong();

        api.put("/api/v1/authoring/courses/" + course + "/modules/order", authorToken,
                Map.of("ids", List.of(third, first, second), "expectedVersion", revision - 1))
                .isProblem(409, "stale-order");
        api.put("/api/v1/authoring/courses/" + course + "/modules/order", authorToken,
                Map.of("ids", List.of(third, first), "expectedVersion", revision)).isProblem(409, "stale-order");
        api.put("/api/v1/authoring/courses/" + course + "/modules/order", authorToken,
                Map.of("ids", List.of(third, first, UUID.randomUUID()), "expectedVersion", revision))
                .isProblem(409, "stale-order");
        assertThat(moduleIds(course)).containsExactly(first, second, third);

        Response reordered = api.put("/api/v1/authoring/courses/" + course + "/modules/order", authorToken,
                Map.of("ids", List.of(third, first, second), "expectedVersion", revision));
        assertThat(reordered.status()).isEqualTo(200);
        assertThat(moduleIds(course)).containsExactly(third, first, second);
        // The same order again, made from the old revision, is now stale.
        api.put("/api/v1/authoring/courses/" + course + "/modules/order", authorToken,
                Map.of("ids", List.of(first, second, third), "expectedVersion", revision))
                .isProblem(409, "stale-order");
    }

    @Test
    void lessonsAndBlocksAreReorderedWithinTheirParent() {
        String course = createCourse("Lesson order");
        String module = addModule(course, "Only module");
        String a = addLesson(course, module, "A");
        String b = addLesson(course, module, "B");
        JsonNode modules = api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("modules");
        long revision = modules.get(0).path("revision").asLong();
        Response moved = api.put("/api/v1/authoring/courses/" + course + "/modules/" + module + "/lessons/order",
                authorToken, Map.of("ids", List.of(b, a), "expectedVersion", revision));
        assertThat(moved.json().path("lessons").findValuesAsString("id")).containsExactly(b, a);

        String one = addBlock(course, a, Map.of("type", "markdown", "text", Map.of("en", "one")));
        String two = addBlock(course, a, Map.of("type", "markdown", "text", Map.of("en", "two")));
        long lessonRevision = api.get("/api/v1/authoring/courses/" + course + "/lessons/" + a, authorToken).json()
                .path("revision").asLong();
        api.put("/api/v1/authoring/courses/" + course + "/lessons/" + a + "/blocks/order", authorToken,
                Map.of("ids", List.of(two), "expectedVersion", lessonRevision)).isProblem(409, "stale-order");
        Response blocks = api.put("/api/v1/authoring/courses/" + course + "/lessons/" + a + "/blocks/order",
                authorToken, Map.of("ids", List.of(two, one), "expectedVersion", lessonRevision));
        assertThat(blocks.json().path("blocks").findValuesAsString("id")).containsExactly(two, one);
    }

    @Test
    void previewShowsTheDraftExactlyAsLearnersWillSeeIt() {
        String course = createCourse("Preview");
        String module = addModule(course, "M");
        String lesson = addLesson(course, module, "L");
        addBlock(course, lesson, Map.of("type", "markdown", "text", Map.of("en", "| a | b |\n|---|---|\n| 1 | 2 |")));
        addBlock(course, lesson, Map.of("type", "callout", "style", "tip", "text", Map.of("en", "*Try* it")));
        Response preview = api.get("/api/v1/authoring/courses/" + course + "/lessons/" + lesson + "/preview",
                authorToken);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/authoring/courses/" + course + "/preview", authorToken).json()
                .path("modules").get(0).path("title").asString()).isEqualTo("M");
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        Response learner = api.get("/api/v1/courses/" + course + "/lessons/" + lesson, learnerToken);
        assertThat(learner.json().path("blocks")).isEqualTo(preview.json().path("blocks"));
        assertThat(preview.json().path("blocks").get(0).path("html").asString()).contains("<table>");
    }

    @Test
    void editingAPublishedCourseLeavesLearnersOnThePublishedVersion() {
        String course = createCourse("Stable");
        String module = addModule(course, "Before");
        addLesson(course, module, "L");
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        api.put("/api/v1/authoring/courses/" + course + "/modules/" + module, authorToken,
                Map.of("title", Map.of("en", "After")));
        assertThat(api.get("/api/v1/authoring/courses/" + course, authorToken).json()
                .path("changedSincePublish").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/courses/" + course, learnerToken).json().path("modules").get(0)
                .path("title").asString()).isEqualTo("Before");
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        JsonNode outline = api.get("/api/v1/courses/" + course, learnerToken).json();
        assertThat(outline.path("version").asInt()).isEqualTo(2);
        assertThat(outline.path("modules").get(0).path("title").asString()).isEqualTo("After");
        assertThat(outline.path("modules").get(0).path("id").asString()).isEqualTo(module);
    }

    @Test
    void imagesAreCheckedByTheirBytesAndServedSafely() throws Exception {
        String course = createCourse("Pictures");
        MockHttpServletResponse upload = upload(course, new MockMultipartFile("file", "dot.png", "image/png", PNG));
        assertThat(upload.getStatus()).isEqualTo(201);
        assertThat(upload(course, new MockMultipartFile("file", "dot.png", "image/png", PNG)).getStatus())
                .isEqualTo(409);
        MockHttpServletResponse lying = upload(course, new MockMultipartFile("file", "dot.jpg", "image/jpeg", PNG));
        assertThat(lying.getStatus()).isEqualTo(415);
        assertThat(lying.getContentAsString()).contains("unsupported-media-type");
        MockHttpServletResponse html = upload(course, new MockMultipartFile("file", "page.png", "image/png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertThat(html.getStatus()).isEqualTo(415);
        byte[] big = java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        MockHttpServletResponse tooLarge = upload(course, new MockMultipartFile("file", "big.png", "image/png", big));
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentAsString()).contains("payload-too-large");

        String module = addModule(course, "M");
        String lesson = addLesson(course, module, "L");
        api.post("/api/v1/authoring/courses/" + course + "/lessons/" + lesson + "/blocks", authorToken,
                Map.of("type", "image", "asset", "assets/missing.png", "alt", Map.of("en", "Nothing")))
                .isInvalid("asset");
        addBlock(course, lesson, Map.of("type", "image", "asset", "assets/dot.png", "alt", Map.of("en", "A dot")));
        api.delete("/api/v1/authoring/courses/" + course + "/assets/dot.png", authorToken)
                .isProblem(409, "asset-in-use");

        assertThat(api.get("/api/v1/courses/" + course + "/assets/dot.png", learnerToken).status()).isEqualTo(404);
        // Before publishing, pages show the draft's image to its authors (preview) and to nobody else.
        Person learner = data.member(tenant, Role.LEARNER);
        assertThat(pageImage(course, author).getStatus()).isEqualTo(200);
        assertThat(pageImage(course, learner).getStatus()).isEqualTo(404);
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        Response image = api.get("/api/v1/courses/" + course + "/assets/dot.png", learnerToken);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.raw().getContentAsByteArray()).isEqualTo(PNG);
        assertThat(image.header("Content-Type")).isEqualTo("image/png");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.header("Cache-Control")).contains("max-age=31536000", "immutable", "private");
        JsonNode block = api.get("/api/v1/courses/" + course + "/lessons/" + lesson, learnerToken).json()
                .path("blocks").get(0);
        assertThat(block.path("url").asString()).isEqualTo("/api/v1/courses/" + course + "/assets/dot.png");
        assertThat(block.path("alt").asString()).isEqualTo("A dot");

        // Pages fetch the same image at the address the lesson blocks carry, with the browser session.
        MockHttpServletResponse page = pageImage(course, learner);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsByteArray()).isEqualTo(PNG);
        assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aPaidCourseIsOpenedOnlyWithItsKey() {
        Response open = api.post("/api/v1/authoring/courses", authorToken, courseBody("Paid", true, "OPEN"));
        open.isInvalid("enrollment");
        Response paid = api.post("/api/v1/authoring/courses", authorToken, courseBody("Paid", true, "KEY"));
        assertThat(paid.status()).isEqualTo(201);
        String course = paid.json().path("id").asString();
        assertThat(api.put("/api/v1/authoring/courses/" + course + "/enrollment-key", authorToken,
                Map.of("key", "sesame-42")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("hasEnrollmentKey")
                .asBoolean()).isTrue();
        String module = addModule(course, "M");
        addLesson(course, module, "L");
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        Tenancy.runAs(tenant.id(), () -> {
            assertThat(catalog.enrollmentKeyMatches(CourseId.of(course), "sesame-42")).isTrue();
            assertThat(catalog.enrollmentKeyMatches(CourseId.of(course), "sesame-43")).isFalse();
        });
        api.put("/api/v1/authoring/courses/" + course + "/enrollment-key", authorToken, Map.of("key", "ab"))
                .isInvalid("key");
        api.delete("/api/v1/authoring/courses/" + course + "/enrollment-key", authorToken);
        Tenancy.runAs(tenant.id(), () ->
                assertThat(catalog.enrollmentKeyMatches(CourseId.of(course), "sesame-42")).isFalse());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        Map<String, Object> body = new java.util.HashMap<>(courseBody("x", false, "OPEN"));
        body.put("slug", "Not A Slug");
        body.put("title", Map.of("hi", "केवल हिंदी"));
        body.put("estimatedHours", -1);
        Response response = api.post("/api/v1/authoring/courses", authorToken, body);
        response.isInvalid("slug");
        assertThat(response.errorFields()).contains("title.en", "estimatedHours");
        String course = createCourse("Valid");
        String module = addModule(course, "M");
        api.post("/api/v1/authoring/courses/" + course + "/modules/" + module + "/lessons", authorToken,
                Map.of("title", Map.of("en", "L"), "kind", "LECTURE", "estimatedMinutes", 5))
                .isProblem(400, "validation-failed");
        String lesson = addLesson(course, module, "L");
        Response block = api.post("/api/v1/authoring/courses/" + course + "/lessons/" + lesson + "/blocks",
                authorToken, Map.of("type", "callout", "style", "shout", "text", Map.of("en", "x")));
        block.isInvalid("style");
        assertThat(api.post("/api/v1/authoring/courses", authorToken, courseBody("Valid", false, "OPEN")
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getKey().equals("slug") ? (Object) slugOf(course) : e.getValue()))).code())
                .isEqualTo("slug-taken");
    }

    @Test
    void publishingUnpublishingAndDeletingAreAudited() {
        String course = createCourse("Audited");
        String module = addModule(course, "M");
        addLesson(course, module, "L");
        api.post("/api/v1/authoring/courses/" + course + "/publish", authorToken, null);
        api.delete("/api/v1/authoring/courses/" + course, authorToken).isProblem(409, "course-published");
        api.post("/api/v1/authoring/courses/" + course + "/unpublish", authorToken, null);
        assertThat(api.get("/api/v1/courses/" + course, learnerToken).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/authoring/courses/" + course, authorToken).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/authoring/courses/" + course, authorToken).status()).isEqualTo(404);
        List<String> actions = data.jdbc().queryForList("select action from privacy_audit_event where resource_id = ?"
                + " order by id", String.class, course);
        assertThat(actions).containsExactly("course.published", "course.unpublished", "course.deleted");
    }

    @Test
    void deletingKeepsTheRestInOrder() {
        String course = createCourse("Deleting");
        String first = addModule(course, "First");
        String second = addModule(course, "Second");
        String a = addLesson(course, first, "A");
        String b = addLesson(course, first, "B");
        String c = addLesson(course, first, "C");
        String one = addBlock(course, b, Map.of("type", "markdown", "text", Map.of("en", "one")));
        String two = addBlock(course, b, Map.of("type", "markdown", "text", Map.of("en", "two")));
        String zero = addBlock(course, b, Map.of("type", "markdown", "text", Map.of("en", "zero")));
        api.delete("/api/v1/authoring/courses/" + course + "/lessons/" + b + "/blocks/" + two, authorToken);
        JsonNode blocks = api.get("/api/v1/authoring/courses/" + course + "/lessons/" + b, authorToken).json()
                .path("blocks");
        assertThat(blocks.findValuesAsString("id")).containsExactly(one, zero);
        assertThat(blocks.findValues("position").stream().map(JsonNode::asInt).toList()).containsExactly(0, 1);

        assertThat(api.delete("/api/v1/authoring/courses/" + course + "/lessons/" + b, authorToken).status())
                .isEqualTo(204);
        JsonNode lessons = api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("modules").get(0)
                .path("lessons");
        assertThat(lessons.findValuesAsString("id")).containsExactly(a, c);
        assertThat(lessons.get(1).path("position").asInt()).isEqualTo(1);

        assertThat(api.delete("/api/v1/authoring/courses/" + course + "/modules/" + first, authorToken).status())
                .isEqualTo(204);
        JsonNode modules = api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("modules");
        assertThat(modules.findValuesAsString("id")).containsExactly(second);
        assertThat(modules.get(0).path("position").asInt()).isZero();
        assertThat(api.get("/api/v1/authoring/courses/" + course + "/lessons/" + a, authorToken).status())
                .isEqualTo(404);
        assertThat(data.jdbc().queryForObject("select count(*) from catalog_block where course_id = ?",
                Integer.class, UUID.fromString(course))).isZero();
    }

    @Test
    void tracksOrderTheirCoursesWithinADomain() {
        Response domain = api.post("/api/v1/authoring/domains", authorToken, Map.of("slug", Courses.slug("maths"),
                "defaultLocale", "en", "title", Map.of("en", "Mathematics", "hi", "गणित")));
        assertThat(domain.status()).as(domain.body()).isEqualTo(201);
        String domainId = domain.json().path("id").asString();
        Response track = api.post("/api/v1/authoring/tracks", authorToken, Map.of("slug", Courses.slug("numbers"),
                "defaultLocale", "en", "title", Map.of("en", "Numbers"), "domainId", domainId));
        String trackId = track.json().path("id").asString();
        List<String> ids = new ArrayList<>();
        for (String title : List.of("Counting", "Adding", "Multiplying")) {
            Map<String, Object> body = courseBody(title, false, "OPEN");
            body.put("trackId", trackId);
            String id = api.post("/api/v1/authoring/courses", authorToken, body).json().path("id").asString();
            String module = addModule(id, "M");
            addLesson(id, module, "L");
            api.post("/api/v1/authoring/courses/" + id + "/publish", authorToken, null);
            ids.add(id);
        }
        JsonNode authored = trackOf(api.get("/api/v1/authoring/tracks", authorToken).json(), trackId);
        List<String> order = new ArrayList<>();
        authored.path("courses").forEach(id -> order.add(id.asString()));
        assertThat(order).containsExactlyElementsOf(ids);
        long revision = authored.path("revision").asLong();
        api.put("/api/v1/authoring/tracks/" + trackId + "/order", authorToken,
                Map.of("ids", List.of(ids.get(2), ids.get(0)), "expectedVersion", revision))
                .isProblem(409, "stale-order");
        Response reordered = api.put("/api/v1/authoring/tracks/" + trackId + "/order", authorToken,
                Map.of("ids", List.of(ids.get(2), ids.get(0), ids.get(1)), "expectedVersion", revision));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        JsonNode learnerView = trackOf(api.get("/api/v1/tracks", learnerToken).json(), trackId);
        assertThat(learnerView.path("courses").findValuesAsString("title"))
                .containsExactly("Multiplying", "Counting", "Adding");
        assertThat(api.get("/api/v1/courses/" + ids.get(0), learnerToken).json().path("course").path("domainTitle")
                .asString()).isEqualTo("Mathematics");
        api.delete("/api/v1/authoring/domains/" + domainId, authorToken).isProblem(409, "domain-in-use");
        api.delete("/api/v1/authoring/tracks/" + trackId, authorToken).isProblem(409, "track-in-use");
        api.post("/api/v1/authoring/tracks", authorToken, Map.of("slug", "x", "defaultLocale", "en",
                "title", Map.of("en", "X"), "domainId", UUID.randomUUID())).isInvalid("domainId");
    }

    private static JsonNode trackOf(JsonNode tracks, String id) {
        for (JsonNode track : tracks) {
            if (track.path("id").asString().equals(id)) {
                return track;
            }
        }
        throw new AssertionError("no track " + id + " in " + tracks);
    }

    // ---- helpers

    private MockHttpServletResponse pageImage(String course, Person person) throws Exception {
        return mvc.perform(get("/catalog/courses/" + course + "/assets/dot.png")
                .with(authentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .authenticated(person.principal(), null, person.principal().authorities()))))
                .andReturn().getResponse();
    }

    private String createCourse(String title) {
        Response created = api.post("/api/v1/authoring/courses", authorToken, courseBody(title, false, "OPEN"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> courseBody(String title, boolean paid, String enrollment) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("slug", Courses.slug(title));
        body.put("defaultLocale", "en");
        body.put("title", Map.of("en", title));
        body.put("description", Map.of("en", "About " + title));
        body.put("level", "BEGINNER");
        body.put("category", "Mathematics");
        body.put("estimatedHours", 3);
        body.put("paid", paid);
        if (paid) {
            body.put("price", 199);
        }
        body.put("enrollment", enrollment);
        return body;
    }

    private String slugOf(String course) {
        return api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("slug").asString();
    }

    private String addModule(String course, String title) {
        Response module = api.post("/api/v1/authoring/courses/" + course + "/modules", authorToken,
                Map.of("title", Map.of("en", title)));
        assertThat(module.status()).as(module.body()).isEqualTo(201);
        return module.json().path("id").asString();
    }

    private String addLesson(String course, String module, String title) {
        Response lesson = api.post("/api/v1/authoring/courses/" + course + "/modules/" + module + "/lessons",
                authorToken, Map.of("title", Map.of("en", title), "kind", "CONCEPT_INTRO", "estimatedMinutes", 10,
                        "conceptKeys", List.of("maths.fractions")));
        assertThat(lesson.status()).as(lesson.body()).isEqualTo(201);
        return lesson.json().path("id").asString();
    }

    private String addBlock(String course, String lesson, Map<String, Object> block) {
        Response added = api.post("/api/v1/authoring/courses/" + course + "/lessons/" + lesson + "/blocks",
                authorToken, block);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().path("id").asString();
    }

    private List<String> moduleIds(String course) {
        List<String> ids = new ArrayList<>();
        api.get("/api/v1/authoring/courses/" + course, authorToken).json().path("modules")
                .forEach(m -> ids.add(m.path("id").asString()));
        return ids;
    }

    private MockHttpServletResponse upload(String course, MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/api/v1/authoring/courses/" + course + "/assets").file(file)
                .header("Authorization", "Bearer " + authorToken)).andReturn().getResponse();
    }
}
