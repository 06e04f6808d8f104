package org.vidya.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.Courses;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Who sees which course: a tenant's own published courses and the platform's, never drafts,
 * never another tenant's; and no tenant changes the platform's courses. Subclasses run this on
 * H2 and on PostgreSQL (where row-level security stands behind the tenant filter).
 */
abstract class CatalogVisibilityContract {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;

    TestTenant a;
    TestTenant b;
    String learnerA;
    String learnerB;
    String authorA;
    String authorB;

    @BeforeEach
    void twoSchools() {
        a = data.tenant();
        b = data.tenant();
        learnerA = api.signIn(data.member(a, Role.LEARNER)).accessToken();
        learnerB = api.signIn(data.member(b, Role.LEARNER)).accessToken();
        authorA = api.signIn(data.member(a, Role.CONTENT_CREATOR)).accessToken();
        authorB = api.signIn(data.member(b, Role.ORG_ADMIN)).accessToken();
    }

    @Test
    void aPlatformCourseIsSeenByEveryTenantButChangedByNone() throws Exception {
        CourseOutline platform = courses.publish(TenantId.PLATFORM, "Platform physics", 2, 1);
        String id = platform.id().toString();
        String lesson = platform.lessons().get(0).id().toString();
        String module = platform.modules().get(0).id().toString();
        for (String learner : List.of(learnerA, learnerB)) {
            assertThat(api.get("/api/v1/courses/" + id, learner).json().path("course").path("platformWide")
                    .asBoolean()).isTrue();
            assertThat(api.get("/api/v1/courses/" + id + "/lessons/" + lesson, learner).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/courses", learner).json().findValuesAsString("id")).contains(id);
        }
        String before = snapshot(platform.id().value());
        for (String author : List.of(authorA, authorB)) {
            assertThat(api.get("/api/v1/authoring/courses/" + id, author).status()).isEqualTo(404);
            assertThat(api.put("/api/v1/authoring/courses/" + id, author,
                    AuthoringRestControllerTests.courseBody("Taken over", false, "OPEN")).status()).isEqualTo(404);
            assertThat(api.post("/api/v1/authoring/courses/" + id + "/modules", author,
                    Map.of("title", Map.of("en", "Extra"))).status()).isEqualTo(404);
            assertThat(api.put("/api/v1/authoring/courses/" + id + "/modules/" + module, author,
                    Map.of("title", Map.of("en", "Renamed"))).status()).isEqualTo(404);
            assertThat(api.delete("/api/v1/authoring/courses/" + id + "/lessons/" + lesson, author).status())
                    .isEqualTo(404);
            assertThat(api.post("/api/v1/authoring/courses/" + id + "/unpublish", author, null).status())
                    .isEqualTo(404);
            assertThat(api.delete("/api/v1/authoring/courses/" + id, author).status()).isEqualTo(404);
            assertThat(api.put("/api/v1/authoring/courses/" + id + "/enrollment-key", author,
                    Map.of("key", "let me in")).status()).isEqualTo(404);
            MockHttpServletResponse upload = mvc.perform(multipart("/api/v1/authoring/courses/" + id + "/assets")
                    .file(new MockMultipartFile("file", "x.png", "image/png", AuthoringRestControllerTests.PNG))
                    .header("Authorization", "Bearer " + author)).andReturn().getResponse();
            assertThat(upload.getStatus()).isEqualTo(404);
            assertThat(api.get("/api/v1/authoring/courses", author).json().findValuesAsString("id"))
                    .doesNotContain(id);
        }
        assertThat(snapshot(platform.id().value())).isEqualTo(before);
    }

    @Test
    void aDraftIsNeverVisibleToLearners() {
        CourseDraft draft = courses.draft(a.id(), "Unfinished", 1, 1);
        String id = draft.id().toString();
        String lesson = draft.modules().get(0).lessons().get(0).id().toString();
        assertThat(api.get("/api/v1/courses/" + id, learnerA).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/courses/" + id + "/lessons/" + lesson, learnerA).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/courses", learnerA).json().findValuesAsString("id")).doesNotContain(id);
        CourseDraft platformDraft = courses.draft(TenantId.PLATFORM, "Platform draft", 1, 1);
        assertThat(api.get("/api/v1/courses/" + platformDraft.id(), learnerA).status()).isEqualTo(404);
    }

    @Test
    void aTenantsCourseIsItsOwn() {
        CourseOutline ours = courses.publish(a.id(), "Only for A", 1, 1);
        String id = ours.id().toString();
        assertThat(api.get("/api/v1/courses/" + id, learnerA).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/courses/" + id, learnerB).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/courses/" + id + "/lessons/" + ours.lessons().get(0).id(), learnerB).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/courses", learnerB).json().findValuesAsString("id")).doesNotContain(id);
        String before = snapshot(ours.id().value());
        assertThat(api.post("/api/v1/authoring/courses/" + id + "/publish", authorB, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/authoring/courses/" + id + "/export", authorB).status()).isEqualTo(404);
        assertThat(snapshot(ours.id().value())).isEqualTo(before);
    }

    @Test
    void anUnpublishedCourseIsWithdrawnFromLearners() {
        CourseOutline course = courses.publish(a.id(), "Soon withdrawn", 1, 1);
        assertThat(api.post("/api/v1/authoring/courses/" + course.id() + "/unpublish", authorA, null).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/courses/" + course.id(), learnerA).status()).isEqualTo(404);
    }

    /** A course's rows read past every filter, to prove nothing changed. */
    String snapshot(UUID course) {
        return String.join("\n",
                jdbc.queryForList("select slug, title, revision, published, published_version, enrollment_key_hash"
                        + " from catalog_course where id = ?", course).toString(),
                jdbc.queryForList("select id, title, position from catalog_module where course_id = ? order by id",
                        course).toString(),
                jdbc.queryForList("select id, title, position from catalog_lesson where course_id = ? order by id",
                        course).toString(),
                jdbc.queryForList("select id, content from catalog_block where course_id = ? order by id", course)
                        .toString(),
                jdbc.queryForList("select name from catalog_asset where course_id = ?", course).toString());
    }
}
