package org.vidya.tenancy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The browser pages keep tenants apart as the API does: an org admin of tenant A who puts
 * tenant B's ids into page addresses and forms is told "not found", and B's rows stay as they were.
 */
@ApiTest
class CrossTenantPageTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Api api;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    TestTenant a;
    TestTenant b;
    Person adminOfA;
    Person learnerOfA;
    Person learnerOfB;
    UUID classOfB;
    UUID teamOfB;
    UUID linkOfB;
    UUID invitationOfB;
    CourseOutline courseOfB;
    String enrollmentOfB;
    UUID assignmentOfB;

    @BeforeEach
    void twoTenants() {
        a = data.tenant();
        b = data.tenant();
        adminOfA = data.member(a, Role.ORG_ADMIN);
        learnerOfA = data.member(a, Role.LEARNER);
        learnerOfB = data.member(b, Role.LEARNER);
        Person parentOfB = data.member(b, Role.PARENT);
        Person managerOfB = data.member(b, Role.TEAM_MANAGER);
        classOfB = data.schoolClass(b, learnerOfB);
        teamOfB = data.team(b, managerOfB);
        linkOfB = data.pendingGuardianLink(b, parentOfB, learnerOfB);
        invitationOfB = data.pendingInvitation(b, managerOfB);
        courseOfB = courses.publish(b.id(), "Course of B", 1, 2);
        enrollmentOfB = enrollments.enroll(b, learnerOfB, courseOfB.id()).toString();
        Person teacherOfB = data.member(b, Role.TEACHER);
        assignmentOfB = enrollments.assignToClass(b, classOfB, courseOfB.id(), teacherOfB);
    }

    @Test
    void anotherTenantsIdsInPagesAreNotFoundAndChangeNothing() throws Exception {
        String before = snapshotOfB();
        List<MockHttpServletRequestBuilder> probes = List.of(
                get("/classes/" + classOfB), get("/teams/" + teamOfB),
                get("/admin/classes/" + classOfB), get("/admin/teams/" + teamOfB),
                post("/admin/classes/" + classOfB).param("name", "Taken over"),
                post("/admin/classes/" + classOfB + "/delete"),
                post("/admin/classes/" + classOfB + "/members").param("userId", learnerOfA.id().toString())
                        .param("role", "LEARNER"),
                post("/admin/classes/" + classOfB + "/members/" + learnerOfB.id() + "/remove"),
                post("/admin/teams/" + teamOfB).param("name", "Taken over"),
                post("/admin/teams/" + teamOfB + "/delete"),
                post("/admin/teams/" + teamOfB + "/members").param("userId", learnerOfA.id().toString()),
                post("/admin/teams/" + teamOfB + "/members/" + learnerOfB.id() + "/remove"),
                post("/admin/members/" + learnerOfB.membershipId() + "/roles").param("roles", "teacher"),
                post("/admin/members/" + learnerOfB.membershipId() + "/status").param("status", "SUSPENDED"),
                post("/admin/members/" + learnerOfB.membershipId() + "/remove"),
                post("/admin/guardians/" + linkOfB + "/confirm"),
                post("/admin/guardians/" + linkOfB + "/revoke"),
                post("/admin/invitations/" + invitationOfB + "/revoke"),
                post("/children/links/" + linkOfB + "/withdraw"),
                // learning
                get("/courses/" + courseOfB.id()),
                post("/courses/" + courseOfB.id() + "/enroll"),
                get("/courses/" + courseOfB.id() + "/lessons/" + courseOfB.lessons().get(0).id()),
                post("/courses/" + courseOfB.id() + "/lessons/" + courseOfB.lessons().get(0).id() + "/complete"),
                post("/courses/" + courseOfB.id() + "/lessons/" + courseOfB.lessons().get(0).id() + "/progress")
                        .param("event", "heartbeat").param("seconds", "30"),
                post("/learning/enrollments/" + enrollmentOfB + "/deadline").param("targetDate", "2099-01-01"),
                post("/learning/enrollments/" + enrollmentOfB + "/withdraw"),
                get("/learning/classes/" + classOfB), get("/learning/teams/" + teamOfB),
                post("/learning/classes/" + classOfB + "/assignments").param("courseId", courseOfB.id().toString())
                        .param("dueDate", "2099-01-01"),
                post("/learning/teams/" + teamOfB + "/assignments").param("courseId", courseOfB.id().toString())
                        .param("dueDate", "2099-01-01"),
                post("/learning/assignments/" + assignmentOfB + "/sync"));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            var request = result.getRequest();
            String what = request.getMethod() + " " + request.getRequestURI();
            int status = result.getResponse().getStatus();
            if (status == 302) {
                // Forms that redirect after posting carry the failure to the next page.
                assertThat((java.util.Map<String, Object>) result.getFlashMap()).as(what).containsKey("failure")
                        .doesNotContainKey("notice");
            } else {
                assertThat(status).as(what).isBetween(400, 499);
            }
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void anotherTenantsBanksInImportPagesAreNotFoundAndChangeNothing() throws Exception {
        String teacherOfB = api.signIn(data.member(b, Role.TEACHER)).accessToken();
        String bankOfB = api.post("/api/v1/item-banks", teacherOfB, Map.of("name", "Bank of B")).json().path("id")
                .asString();
        api.post("/api/v1/item-banks/" + bankOfB + "/items", teacherOfB, Map.of("type", "true-false",
                "body", Map.of("prompt", "B", "answer", true)));
        String itemsOfB = jdbc.queryForList("select id, title, body from assessment_item where bank_id = ? order by id",
                UUID.fromString(bankOfB)).toString();
        String bankOfA = api.post("/api/v1/item-banks", api.signIn(adminOfA).accessToken(), Map.of("name", "Bank of A"))
                .json().path("id").asString();
        var preview = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/item-banks/" + bankOfA + "/import/preview").file(new org.springframework.mock.web
                        .MockMultipartFile("file", "q.txt", "text/plain", "Taken over {T}".getBytes()))
                .param("format", "gift").with(authentication(asAdminOfA())).with(csrf())).andReturn();
        String tokenOfA = org.jsoup.Jsoup.parse(preview.getResponse().getContentAsString())
                .select("[data-testid=confirm-form] input[name=token]").val();
        assertThat(tokenOfA).isNotBlank();
        List<MockHttpServletRequestBuilder> probes = List.of(
                get("/item-banks/" + bankOfB + "/import"),
                get("/item-banks/" + bankOfB + "/export").param("format", "gift"),
                post("/item-banks/" + bankOfB + "/import/preview").param("format", "gift").param("text", "Taken {T}"),
                post("/item-banks/" + bankOfB + "/import/confirm").param("format", "gift").param("token", tokenOfA));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            var request = result.getRequest();
            assertThat(result.getResponse().getStatus()).as(request.getMethod() + " " + request.getRequestURI())
                    .isEqualTo(404);
        }
        assertThat(jdbc.queryForList("select id, title, body from assessment_item where bank_id = ? order by id",
                UUID.fromString(bankOfB)).toString()).isEqualTo(itemsOfB);
    }

    @Test
    void anotherTenantsCourseIdsInAuthoringPagesAreNotFoundAndChangeNothing() throws Exception {
        org.vidya.catalog.domain.CourseAuthoring.CourseDraft draft = courses.draft(b.id(), "Course of B", 1, 1);
        courses.as(b.id(), () -> courses.authoring().publish(draft.id()));
        String course = "/authoring/courses/" + draft.id();
        var module = draft.modules().getFirst();
        String lesson = course + "/lessons/" + module.lessons().getFirst().id();
        UUID block = courses.as(b.id(), () -> courses.authoring().lesson(draft.id(), module.lessons().getFirst().id()))
                .blocks().getFirst().id();
        String before = catalogOfB();
        List<MockHttpServletRequestBuilder> probes = List.of(
                get(course), get(course + "/preview"), get(course + "/export"),
                post(course).param("slug", "taken-over").param("title.en", "Taken over").param("level", "BEGINNER")
                        .param("category", "x").param("estimatedHours", "1").param("enrollment", "OPEN"),
                post(course + "/key").param("key", "open sesame"), post(course + "/key/clear"),
                post(course + "/publish"), post(course + "/unpublish"), post(course + "/delete"),
                post(course + "/modules").param("title.en", "Taken over"),
                post(course + "/modules/" + module.id()).param("title.en", "Taken over"),
                post(course + "/modules/" + module.id() + "/delete"),
                post(course + "/modules/order").param("order", module.id().toString()).param("revision", "0"),
                post(course + "/modules/" + module.id() + "/lessons").param("title.en", "Taken over")
                        .param("kind", "CHALLENGE").param("estimatedMinutes", "5"),
                post(course + "/modules/" + module.id() + "/lessons/order")
                        .param("order", module.lessons().getFirst().id().toString()).param("revision", "0"),
                get(lesson), get(lesson + "/preview"),
                post(lesson).param("title.en", "Taken over").param("kind", "CHALLENGE").param("estimatedMinutes", "5"),
                post(lesson + "/delete"),
                post(lesson + "/blocks").param("type", "markdown").param("text.en", "Taken over"),
                post(lesson + "/blocks/" + block).param("text.en", "Taken over"),
                post(lesson + "/blocks/" + block + "/delete"),
                post(lesson + "/blocks/order").param("order", block.toString()).param("revision", "0"));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            var request = result.getRequest();
            assertThat(result.getResponse().getStatus()).as(request.getMethod() + " " + request.getRequestURI())
                    .isEqualTo(404);
        }
        assertThat(catalogOfB()).isEqualTo(before);
    }

    private String catalogOfB() {
        UUID tenant = b.id().value();
        return String.join("\n",
                jdbc.queryForList("select id, title, enrollment_key_hash, version, published, published_version from catalog_course where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, position, revision from catalog_module where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, position, revision from catalog_lesson where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, position, content from catalog_block where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id from catalog_asset where tenant_id = ? order by id", tenant).toString());
    }

    @Test
    void anotherTenantsCourseImagesAreNotFound() throws Exception {
        var published = courses.publish(b.id(), "Images of B", 1, 1);
        var draft = courses.draft(b.id(), "Draft of B", 1, 1);
        for (var course : List.of(published.id(), draft.id())) {
            courses.as(b.id(), () -> courses.images().addAsset(course, "flow.png", CrossTenantIsolationContract.PNG));
            var result = mvc.perform(get("/catalog/courses/" + course + "/assets/flow.png")
                    .with(authentication(asAdminOfA())).accept(MediaType.IMAGE_PNG, MediaType.ALL)).andReturn();
            assertThat(result.getResponse().getStatus()).as("image of B's course %s", course).isEqualTo(404);
            assertThat(result.getResponse().getContentAsByteArray()).isNotEqualTo(CrossTenantIsolationContract.PNG);
        }
    }

    @Test
    void anotherTenantsCourseworkInPagesIsNotFoundAndChangesNothing() throws Exception {
        CourseId courseOfB = courses.publish(b.id(), "Coursework of B", 1, 1).id();
        enrollments.enroll(b, learnerOfB, courseOfB);
        Person teacherOfB = data.member(b, Role.TEACHER);
        String assignment = api.post("/api/v1/courses/" + courseOfB + "/assignments", api.signIn(teacherOfB).accessToken(),
                Map.of("title", "Homework of B", "submissionTypes", List.of("TEXT"), "maxPoints", 10,
                        "dueAt", "2099-01-01T00:00:00Z", "published", true)).json().path("id").asString();
        String submission = api.put("/api/v1/assignments/" + assignment + "/submission",
                api.signIn(learnerOfB).accessToken(), Map.of("type", "TEXT", "text", "Work of B")).json()
                .path("id").asString();
        String before = courseworkOfB();
        List<MockHttpServletRequestBuilder> probes = List.of(
                get("/assignments/" + assignment),
                post("/assignments/" + assignment + "/submission").param("type", "TEXT").param("text", "Slipped in"),
                get("/submissions/" + submission + "/file"),
                get("/gradebook/courses/" + courseOfB + "/assignments/new"),
                post("/gradebook/courses/" + courseOfB + "/assignments").param("title", "Taken over")
                        .param("submissionTypes", "TEXT").param("maxPoints", "10").param("dueAt", "2099-01-01T00:00"),
                get("/gradebook/assignments/" + assignment),
                get("/gradebook/assignments/" + assignment + "/edit"),
                post("/gradebook/assignments/" + assignment).param("title", "Taken over")
                        .param("submissionTypes", "TEXT").param("maxPoints", "10").param("dueAt", "2099-01-01T00:00"),
                post("/gradebook/assignments/" + assignment + "/delete"),
                post("/gradebook/assignments/" + assignment + "/releases"),
                get("/gradebook/submissions/" + submission),
                post("/gradebook/submissions/" + submission + "/grade").param("points", "10"),
                post("/gradebook/submissions/" + submission + "/release"));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()).isBetween(400, 499);
        }
        assertThat(courseworkOfB()).isEqualTo(before);
    }

    @Test
    void anotherTenantsTestsAndAttemptsInPagesAreNotFoundAndChangeNothing() throws Exception {
        Person teacherOfB = data.member(b, Role.TEACHER);
        data.inClass(b, classOfB, teacherOfB, ClassMember.ClassRole.TEACHER);
        String teacher = api.signIn(teacherOfB).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        List<String> items = fixtures.items(teacher, fixtures.bank(teacher), 1);
        String weekly = fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("Of B", items))));
        String schedule = fixtures.schedule(teacher, weekly, classOfB, java.time.Instant.now().minusSeconds(60),
                java.time.Instant.now().plusSeconds(86_400));
        String practice = fixtures.practice(teacher, items, Map.of());
        String learner = api.signIn(learnerOfB).accessToken();
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "w"), 1);
        String before = attemptsOfB();
        String answer = "{\"response\":{\"choice\":\"r\"},\"seq\":9}";
        List<MockHttpServletRequestBuilder> probes = List.of(
                get("/attempts/" + attempt), get("/attempts/" + attempt + "/state"),
                get("/attempts/" + attempt + "/paper"), get("/attempts/" + attempt + "/result"),
                put("/attempts/" + attempt + "/answers/q1").contentType(MediaType.APPLICATION_JSON).content(answer),
                post("/attempts/" + attempt + "/answers/batch").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"answers\":[{\"slot\":\"q1\",\"response\":{\"choice\":\"r\"},\"seq\":9}]}"),
                post("/attempts/" + attempt + "/submit").header("Idempotency-Key", "taken-over")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/attempts/" + attempt + "/heartbeat").contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/attempts/" + attempt + "/sections/0/finish"),
                post("/tests/schedules/" + schedule + "/start"),
                post("/tests/practice/" + practice + "/start"));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asLearnerOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()).isEqualTo(404);
        }
        assertThat(attemptsOfB()).isEqualTo(before);
    }

    private String attemptsOfB() {
        UUID tenant = b.id().value();
        return String.join("\n",
                jdbc.queryForList("select id, status, submitted_at from assessment_attempt where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select attempt_id, slot, response, seq, flagged from assessment_answer where tenant_id = ? order by attempt_id, slot", tenant).toString());
    }

    private UsernamePasswordAuthenticationToken asLearnerOfA() {
        VidyaPrincipal principal = learnerOfA.principal();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    @Test
    void anotherTenantsTestsInTeacherPagesAreNotFoundAndChangeNothing() throws Exception {
        Person teacherOfB = data.member(b, Role.TEACHER);
        data.inClass(b, classOfB, teacherOfB, org.vidya.organization.domain.ClassMember.ClassRole.TEACHER);
        String teacher = api.signIn(teacherOfB).accessToken();
        var fixtures = new org.vidya.assessment.web.QuizFixtures(api);
        String bank = fixtures.bank(teacher);
        String item = fixtures.items(teacher, bank, 1).getFirst();
        String essay = org.vidya.assessment.web.QuizFixtures.id(api.post("/api/v1/item-banks/" + bank + "/items",
                teacher, Map.of("type", "essay", "body", Map.of("prompt", "Explain."))).json().path("id"));
        String quiz = fixtures.quiz(teacher, org.vidya.assessment.web.QuizFixtures.quizBody("weekly", Map.of(),
                List.of(org.vidya.assessment.web.QuizFixtures.fixedSection("A", List.of(item, essay)))));
        java.time.Instant now = java.time.Instant.now();
        String schedule = fixtures.schedule(teacher, quiz, classOfB, now.minusSeconds(60), now.plusSeconds(3600));
        String learner = api.signIn(learnerOfB).accessToken();
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q2", Map.of("text", "Because."), 1);
        assertThat(fixtures.submit(learner, attempt, "k").status()).isEqualTo(200);
        String task = jdbc.queryForObject("select id from assessment_grading_task where attempt_id = ?", String.class,
                UUID.fromString(attempt));
        String before = testsOfB();
        List<MockHttpServletRequestBuilder> probes = List.of(
                get("/quizzes/" + quiz), get("/quizzes/" + quiz + "/edit"),
                post("/quizzes/" + quiz).param("action", "save").param("title", "Taken over").param("kind", "weekly")
                        .param("sections[0].title", "A").param("sections[0].items[0]", item),
                post("/quizzes/" + quiz).param("action", "preview"),
                post("/quizzes/" + quiz + "/delete"),
                post("/quizzes/" + quiz + "/schedules").param("classId", classOfB.toString())
                        .param("opensAt", "2099-01-01T00:00").param("closesAt", "2099-01-02T00:00"),
                get("/schedules/" + schedule), get("/schedules/" + schedule + "/board"),
                get("/schedules/" + schedule + "/results.csv"), get("/schedules/" + schedule + "/analysis"),
                get("/grading/tasks/" + task),
                post("/grading/tasks/" + task).param("marks", "1"),
                get("/grading/attempts/" + attempt),
                post("/grading/attempts/" + attempt + "/items/q1").param("marks", "1"));
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()).isEqualTo(404);
        }
        var queue = mvc.perform(get("/grading").with(authentication(asAdminOfA()))).andReturn();
        assertThat(queue.getResponse().getContentAsString()).doesNotContain(task);
        assertThat(testsOfB()).isEqualTo(before);
    }

    private String testsOfB() {
        UUID tenant = b.id().value();
        return String.join("\n",
                jdbc.queryForList("select id, title, sections, settings, version from assessment_quiz where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, opens_at, closes_at from assessment_schedule where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from assessment_attempt where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from assessment_grading_task where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select * from assessment_item_score where tenant_id = ? order by id", tenant).toString());
    }

    private String courseworkOfB() {
        UUID tenant = b.id().value();
        return String.join("\n",
                jdbc.queryForList("select id, title, published, version from coursework_assignment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, attempts, grade_points, released_at, version from coursework_submission where tenant_id = ? order by id", tenant).toString());
    }

    @Test
    void anotherTenantsItemBanksInPagesAreNotFoundAndThePlatformsAreReadOnly() throws Exception {
        String teacherOfB = api.signIn(data.member(b, Role.CONTENT_CREATOR)).accessToken();
        String bank = api.post("/api/v1/item-banks", teacherOfB, Map.of("name", "Bank of B")).json().path("id")
                .asString();
        String item = api.post("/api/v1/item-banks/" + bank + "/items", teacherOfB, Map.of("type", "true-false",
                "title", "Item of B", "body", Map.of("prompt", "B", "answer", true))).json().path("id").asString();
        String admin = api.signIn(data.platformAdmin()).accessToken();
        String shared = api.post("/api/v1/item-banks", admin, Map.of("name", "Bank for all")).json().path("id")
                .asString();
        String sharedItem = api.post("/api/v1/item-banks/" + shared + "/items", admin, Map.of("type", "true-false",
                "title", "Item for all", "body", Map.of("prompt", "All", "answer", true))).json().path("id").asString();
        String before = itemBanksOf(bank, shared);
        List<MockHttpServletRequestBuilder> notFound = List.of(
                get("/item-banks/" + bank), get("/item-banks/" + bank + "/items/new"),
                post("/item-banks/" + bank + "/categories").param("name", "Taken over"),
                post("/item-banks/" + bank + "/items").param("type", "true-false").param("body.prompt", "Taken")
                        .param("body.answer", "true"),
                get("/items/" + item + "/edit"),
                post("/items/" + item).param("type", "true-false").param("body.prompt", "Taken")
                        .param("body.answer", "false"),
                post("/items/" + item + "/delete"));
        for (MockHttpServletRequestBuilder probe : notFound) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            var request = result.getRequest();
            assertThat(result.getResponse().getStatus()).as(request.getMethod() + " " + request.getRequestURI())
                    .isEqualTo(404);
        }
        List<MockHttpServletRequestBuilder> readOnly = List.of(
                post("/item-banks/" + shared + "/categories").param("name", "Taken over"),
                post("/item-banks/" + shared + "/items").param("type", "true-false").param("body.prompt", "Taken")
                        .param("body.answer", "true"),
                post("/items/" + sharedItem).param("type", "true-false").param("body.prompt", "Taken")
                        .param("body.answer", "false"),
                post("/items/" + sharedItem + "/delete"));
        for (MockHttpServletRequestBuilder probe : readOnly) {
            var result = mvc.perform(probe.with(authentication(asAdminOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML)).andReturn();
            var request = result.getRequest();
            assertThat(result.getResponse().getStatus()).as(request.getMethod() + " " + request.getRequestURI())
                    .isEqualTo(403);
        }
        assertThat(itemBanksOf(bank, shared)).isEqualTo(before);
    }

    // mastery pages: another tenant's class heatmap and concepts
    @Autowired org.vidya.mastery.graph.ConceptGraphService conceptGraphs;

    @Test
    void anotherTenantsClassHeatmapAndConceptsAreNotFound() throws Exception {
        String key = "tenantb.secret-" + UUID.randomUUID().toString().substring(0, 8);
        courses.as(b.id(), () -> conceptGraphs.importFile("json", ("{\"concepts\": [{\"key\": \"" + key
                + "\", \"name\": \"Secret of B\", \"subject\": \"tenantb\", \"layer\": 1, \"difficulty\": 1,"
                + " \"examWeight\": 0.1}], \"prerequisites\": []}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                false));
        assertThat(mvc.perform(get("/mastery/classes/" + classOfB).with(authentication(asAdminOfA()))
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus()).isEqualTo(404);
        VidyaPrincipal learner = new VidyaPrincipal(learnerOfA.id(), learnerOfA.email(), "Learner of A", a.id(),
                Set.of(Role.LEARNER), 0, null);
        var asLearnerOfA = authentication(UsernamePasswordAuthenticationToken.authenticated(learner, null,
                learner.authorities()));
        assertThat(mvc.perform(get("/mastery/concepts/" + key).with(asLearnerOfA).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/mastery?subject=tenantb").with(asLearnerOfA).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString()).doesNotContain("Secret of B");
    }

    private String itemBanksOf(String... banks) {
        StringBuilder rows = new StringBuilder();
        for (String bank : banks) {
            UUID id = UUID.fromString(bank);
            rows.append(jdbc.queryForList("select name, version from assessment_item_bank where id = ?", id))
                    .append(jdbc.queryForList("select path from assessment_item_category where bank_id = ?", id))
                    .append(jdbc.queryForList("select id, body, item_version, retired from assessment_item"
                            + " where bank_id = ? order by id", id));
        }
        return rows.toString();
    }

    private UsernamePasswordAuthenticationToken asAdminOfA() {
        VidyaPrincipal principal = new VidyaPrincipal(adminOfA.id(), adminOfA.email(), "Admin of A", a.id(),
                Set.of(Role.ORG_ADMIN), 0, null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    private String snapshotOfB() {
        UUID tenant = b.id().value();
        return String.join("\n",
                jdbc.queryForList("select id, roles, status from organization_membership where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, name from organization_class where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select class_id, user_id from organization_class_member where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, name from organization_team where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select team_id, user_id from organization_team_member where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from organization_guardian_link where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from organization_invitation where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status, due_at, target_at, last_activity_at from learning_enrollment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, due_at from learning_course_assignment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, completed_at, seconds_spent from learning_lesson_progress where tenant_id = ? order by id", tenant).toString());
    }

    // mastery sessions: B's learner's diagnostic and review in the page routes of A's learner

    @Test
    void anotherTenantsDiagnosticsAndReviewsInPagesAreNotFoundAndChangeNothing() throws Exception {
        UUID diagnostic = UUID.randomUUID();
        UUID review = UUID.randomUUID();
        for (UUID id : List.of(diagnostic, review)) {
            boolean isDiagnostic = id.equals(diagnostic);
            jdbc.update("insert into mastery_session (id, tenant_id, learner_id, kind, subject, status, open_key, seed,"
                    + " language, plan, current_item, answered, theta, standard_error, created_at) values (?, ?, ?, ?,"
                    + " ?, 'OPEN', ?, 7, 'en', ?, ?, 0, 0, 1, current_timestamp)", id, b.id().value(),
                    learnerOfB.id().value(), isDiagnostic ? "DIAGNOSTIC" : "REVIEW", isDiagnostic ? "physics" : null,
                    learnerOfB.id().value() + (isDiagnostic ? ":D:physics" : ":R"),
                    isDiagnostic ? null : UUID.randomUUID().toString(), UUID.randomUUID());
        }
        String before = jdbc.queryForList("select id, status, answered, current_item from mastery_session"
                + " where tenant_id = ? order by id", b.id().value()).toString();
        String answer = "{\"item\":\"" + UUID.randomUUID() + "\",\"response\":{\"choice\":\"r\"},\"sequence\":1}";
        List<MockHttpServletRequestBuilder> probes = new java.util.ArrayList<>();
        for (String base : List.of("/mastery/diagnostic/" + diagnostic, "/mastery/review/" + review)) {
            probes.addAll(List.of(get(base), get(base + "/state"),
                    post(base + "/answers").contentType(MediaType.APPLICATION_JSON).content(answer)));
        }
        for (MockHttpServletRequestBuilder probe : probes) {
            var result = mvc.perform(probe.with(authentication(asLearnerOfA())).with(csrf())
                    .accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)).andReturn();
            assertThat(result.getResponse().getStatus())
                    .as(result.getRequest().getMethod() + " " + result.getRequest().getRequestURI()).isEqualTo(404);
        }
        assertThat(jdbc.queryForList("select id, status, answered, current_item from mastery_session"
                + " where tenant_id = ? order by id", b.id().value()).toString()).isEqualTo(before);
    }

    // ---- mastery: the concept pages show a tenant its own concepts and the platform's, never another's
    @Test
    void anotherTenantsConceptsAreNotFoundInPages() throws Exception {
        String teacherOfB = api.signIn(data.member(b, Role.TEACHER)).accessToken();
        String keyOfB = "b.only.concept-" + TestData.suffix().toLowerCase(java.util.Locale.ROOT);
        assertThat(api.post("/api/v1/concepts/imports?format=json&dryRun=false", teacherOfB,
                Map.of("concepts", List.of(Map.of("key", keyOfB, "name", "Concept of B", "subject", "bsubject",
                        "layer", 1)), "prerequisites", List.of())).status()).isEqualTo(200);
        String before = jdbc.queryForList("select concept_key, name, version from mastery_concept where tenant_id = ?",
                b.id().value()).toString();
        var page = mvc.perform(get("/concepts/" + keyOfB).with(authentication(asAdminOfA())).accept(MediaType.TEXT_HTML))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        for (String path : List.of("/concepts", "/concepts?subject=bsubject", "/concepts/export?format=csv",
                "/concepts/export?format=json")) {
            var result = mvc.perform(get(path).with(authentication(asAdminOfA()))).andReturn();
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(keyOfB, "Concept of B");
        }
        var upload = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/concepts/import").file(new org.springframework.mock.web.MockMultipartFile("file",
                        "g.csv", "text/csv", ("record,key,name,subject,layer,prerequisite\n"
                                + "concept,a.mine,Mine,physics,1,\nprerequisite,a.mine,,,," + keyOfB + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("format", "csv").param("dryRun", "false").with(authentication(asAdminOfA())).with(csrf()))
                .andReturn();
        assertThat(upload.getResponse().getStatus()).isEqualTo(400);
        assertThat(upload.getResponse().getContentAsString()).contains("unknown-concept");
        assertThat(jdbc.queryForList("select concept_key, name, version from mastery_concept where tenant_id = ?",
                b.id().value()).toString()).isEqualTo(before);
    }

    // ---- mastery: another tenant's learner's weekly test is neither opened nor returned by the weekly button
    @Autowired org.vidya.assessment.PersonalTests personalTests;

    @Test
    void anotherTenantsWeeklyTestIsNotOpenedInPages() throws Exception {
        String teacher = api.signIn(data.member(b, Role.TEACHER)).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        List<org.vidya.assessment.ItemId> items = fixtures.items(teacher, fixtures.bank(teacher), 2).stream()
                .map(org.vidya.assessment.ItemId::of).toList();
        var ofB = learnerOfB.principal();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(ofB, null, ofB.authorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        String attempt;
        try {
            attempt = org.vidya.platform.Tenancy.callAs(b.id(), () -> personalTests.assign(ofB.userId(), "Weekly of B",
                    "weekly", items, java.time.Duration.ofMinutes(30))).attempt().value().toString();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        String before = attemptsOfB();
        var ofA = learnerOfA.principal();
        assertThat(mvc.perform(get("/attempts/" + attempt).with(authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(ofA, null,
                        ofA.authorities())))).andReturn().getResponse().getStatus()).isEqualTo(404);
        var button = mvc.perform(post("/mastery/weekly").with(authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(ofA, null,
                        ofA.authorities()))).with(csrf())).andReturn().getResponse();
        assertThat(String.valueOf(button.getRedirectedUrl())).doesNotContain(attempt);
        assertThat(attemptsOfB()).isEqualTo(before);
    }
}
