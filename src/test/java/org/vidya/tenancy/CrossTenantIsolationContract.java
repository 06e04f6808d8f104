package org.vidya.tenancy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.vidya.assessment.grading.GradingRows;
import org.vidya.assessment.quiz.AttemptGrading;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.catalog.domain.TrackAuthoring;
import org.vidya.catalog.CourseOutline;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiEndpoints;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A member of tenant A, whatever their role, gets nothing of tenant B through any endpoint:
 * lists never show B's rows, B's ids in paths are "not found", B's ids in bodies are refused,
 * and B's rows are unchanged afterwards. Subclasses run this on H2, on PostgreSQL, and on
 * PostgreSQL with Hibernate's tenant filter off so that row-level security alone is tested.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrossTenantIsolationContract {

    /** Routes that are not about one tenant's rows, and why. */
    static final Set<String> NOT_TENANT_SCOPED = Set.of(
            "POST /api/v1/auth/register", "POST /api/v1/auth/login", "POST /api/v1/auth/otp",
            "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout", "POST /api/v1/auth/logout-all",
            "POST /api/v1/auth/forgot-password", "POST /api/v1/auth/reset-password",
            "GET /api/v1/auth/verify-email/{token}", "POST /api/v1/auth/switch-tenant",
            "POST /api/v1/auth/totp/enrolment", "POST /api/v1/auth/totp/enrolment/confirm",
            "POST /api/v1/auth/totp", "POST /api/v1/auth/totp/confirm", "DELETE /api/v1/auth/totp",
            // the caller's own account
            "GET /api/v1/users/me", "PUT /api/v1/users/me", "PUT /api/v1/users/me/avatar",
            // platform administration stands outside tenants (platform admins only)
            "GET /api/v1/tenants", "POST /api/v1/tenants", "PATCH /api/v1/tenants/{id}",
            // the current tenant's own settings
            "PATCH /api/v1/tenants/current",
            // creates rows in the caller's tenant only; bodies carry no foreign ids
            "POST /api/v1/members", "POST /api/v1/members/imports", "POST /api/v1/classes",
            "POST /api/v1/invitations",
            // invitation tokens are secrets that name their own tenant
            "POST /api/v1/invitations/{token}/accept",
            // catalog: creates rows in the caller's tenant only; bodies carry no foreign ids
            "POST /api/v1/authoring/domains", "POST /api/v1/authoring/course-imports",
            // mastery planning: the caller's own plan, no ids in the request (paths are probed)
            "GET /api/v1/mastery/visible-concepts", "GET /api/v1/mastery/recommendations",
            "GET /api/v1/mastery/weak-spots", "GET /api/v1/mastery/phase", "GET /api/v1/mastery/prediction");

    /** Catalog lists: they show the caller's tenant's rows and the platform's, never another tenant's. */
    static final List<String> CATALOG_LISTS = List.of("GET /api/v1/courses", "GET /api/v1/tracks",
            "GET /api/v1/domains", "GET /api/v1/authoring/courses", "GET /api/v1/authoring/domains",
            "GET /api/v1/authoring/tracks");

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired AttemptGrading grading;
    @Autowired PlatformTransactionManager transactions;

    World a;
    World b;
    final Map<Role, String> tokensOfA = new EnumMap<>(Role.class);
    final List<Probe> probes = new ArrayList<>();
    final List<Probe> catalogProbes = new ArrayList<>();
    CatalogOf catalogOfB;
    CatalogOf platform;

    /** The catalog rows a tenant (or the platform) owns, for probes. */
    record CatalogOf(UUID course, UUID module, UUID lesson, UUID block, UUID domain, UUID track) {
    }

    record Probe(String route, HttpMethod method, String path, String body) {
    }

    @BeforeAll
    void twoTenants() throws Exception {
        a = data.world("a");
        b = data.world("b");
        a.people().forEach((role, person) -> tokensOfA.put(role, api.signIn(person).accessToken()));
        UUID bLearner = b.person(Role.LEARNER).id().value();
        UUID bLearnerMembership = b.person(Role.LEARNER).membershipId();
        probes.addAll(List.of(
                probe("GET /api/v1/members/{id}", "/api/v1/members/" + bLearnerMembership, null),
                probe("PATCH /api/v1/members/{id}", "/api/v1/members/" + bLearnerMembership,
                        "{\"roles\":[\"teacher\"]}"),
                probe("DELETE /api/v1/members/{id}", "/api/v1/members/" + bLearnerMembership, null),
                probe("GET /api/v1/classes/{id}", "/api/v1/classes/" + b.classId(), null),
                probe("PATCH /api/v1/classes/{id}", "/api/v1/classes/" + b.classId(), "{\"name\":\"Taken over\"}"),
                probe("DELETE /api/v1/classes/{id}", "/api/v1/classes/" + b.classId(), null),
                probe("POST /api/v1/classes/{id}/members", "/api/v1/classes/" + b.classId() + "/members",
                        "{\"userId\":\"" + a.person(Role.LEARNER).id() + "\",\"role\":\"LEARNER\"}"),
                probe("DELETE /api/v1/classes/{id}/members/{userId}",
                        "/api/v1/classes/" + b.classId() + "/members/" + bLearner, null),
                probe("GET /api/v1/teams/{id}", "/api/v1/teams/" + b.teamId(), null),
                probe("PATCH /api/v1/teams/{id}", "/api/v1/teams/" + b.teamId(), "{\"name\":\"Taken over\"}"),
                probe("DELETE /api/v1/teams/{id}", "/api/v1/teams/" + b.teamId(), null),
                probe("POST /api/v1/teams/{id}/members", "/api/v1/teams/" + b.teamId() + "/members",
                        "{\"userId\":\"" + a.person(Role.LEARNER).id() + "\"}"),
                probe("DELETE /api/v1/teams/{id}/members/{userId}",
                        "/api/v1/teams/" + b.teamId() + "/members/" + bLearner, null),
                probe("POST /api/v1/guardian-links/{id}/confirm",
                        "/api/v1/guardian-links/" + b.pendingGuardianLinkId() + "/confirm", null),
                probe("DELETE /api/v1/guardian-links/{id}", "/api/v1/guardian-links/" + b.guardianLinkId(), null),
                probe("DELETE /api/v1/invitations/{id}", "/api/v1/invitations/" + b.invitationId(), null),
                probe("GET /api/v1/users/{id}", "/api/v1/users/" + bLearner, null),
                probe("GET /api/v1/users/{id}/avatar", "/api/v1/users/" + bLearner + "/avatar", null),
                // B's ids inside bodies of A's own resources
                probe("POST /api/v1/classes/{id}/members", "/api/v1/classes/" + a.classId() + "/members",
                        "{\"userId\":\"" + bLearner + "\",\"role\":\"LEARNER\"}"),
                probe("POST /api/v1/teams/{id}/members", "/api/v1/teams/" + a.teamId() + "/members",
                        "{\"userId\":\"" + bLearner + "\"}"),
                probe("POST /api/v1/teams", "/api/v1/teams",
                        "{\"name\":\"Borrowed manager\",\"managerId\":\"" + b.person(Role.TEAM_MANAGER).id() + "\"}"),
                probe("PATCH /api/v1/teams/{id}", "/api/v1/teams/" + a.teamId(),
                        "{\"name\":\"Borrowed manager\",\"managerId\":\"" + b.person(Role.TEAM_MANAGER).id() + "\"}"),
                probe("POST /api/v1/guardian-links", "/api/v1/guardian-links",
                        "{\"childEmail\":\"" + b.email(Role.LEARNER) + "\"}")));
        catalogOfB = catalogOf(b.tenant().id());
        platform = catalogOf(TenantId.PLATFORM);
        UUID courseOfA = courses.draft(a.tenant().id(), "Course of A", 1, 1).id().value();
        for (CatalogOf other : List.of(catalogOfB, platform)) {
            catalogProbes.addAll(catalogProbes(other));
        }
        catalogProbes.addAll(List.of(
                probe("GET /api/v1/courses/{id}", "/api/v1/courses/" + catalogOfB.course(), null),
                probe("GET /api/v1/courses/{id}/lessons/{lessonId}", "/api/v1/courses/" + catalogOfB.course()
                        + "/lessons/" + catalogOfB.lesson(), null),
                probe("GET /api/v1/courses/{id}/assets/{name}", "/api/v1/courses/" + catalogOfB.course()
                        + "/assets/flow.png", null)));
        String courseBody = "\"slug\":\"taken-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"defaultLocale\":\"en\","
                + "\"title\":{\"en\":\"Taken over\"},\"level\":\"BEGINNER\",\"category\":\"X\","
                + "\"estimatedHours\":1,\"paid\":false,\"enrollment\":\"OPEN\"";
        catalogProbes.addAll(List.of(
                // B's ids inside bodies of A's own resources
                probe("POST /api/v1/authoring/courses", "/api/v1/authoring/courses",
                        "{" + courseBody + ",\"trackId\":\"" + catalogOfB.track() + "\"}"),
                probe("PUT /api/v1/authoring/courses/{id}", "/api/v1/authoring/courses/" + courseOfA,
                        "{" + courseBody + ",\"trackId\":\"" + catalogOfB.track() + "\"}"),
                probe("POST /api/v1/authoring/tracks", "/api/v1/authoring/tracks", "{\"slug\":\"borrowed\","
                        + "\"defaultLocale\":\"en\",\"title\":{\"en\":\"B\"},\"domainId\":\"" + catalogOfB.domain()
                        + "\"}"),
                probe("PUT /api/v1/authoring/courses/{id}/modules/order", "/api/v1/authoring/courses/" + courseOfA
                        + "/modules/order", "{\"ids\":[\"" + catalogOfB.module() + "\"],\"expectedVersion\":0}")));
        learningProbes(bLearner);
        courseworkProbes();
        assessmentProbes();
        gradingProbes();
        itemBankProbes();
        itemExchangeProbes();
        // mastery planning: a path to B's course or track is not found
        probes.addAll(List.of(
                probe("GET /api/v1/mastery/path", "/api/v1/mastery/path?goal=course:" + catalogOfB.course(), null),
                probe("GET /api/v1/mastery/path", "/api/v1/mastery/path?goal=track:" + catalogOfB.track(), null)));
        knowledgeProbes();
        sessionsOfB();
    }

    /** Importing into and exporting B's bank and the platform's; a test of B when tests exist (a random id until then). */
    private void itemExchangeProbes() {
        String gift = "::Taken:: Taken over {T}";
        Probe importIntoB = probe("POST /api/v1/item-banks/{id}/imports", "/api/v1/item-banks/" + bBank
                + "/imports?format=gift&dryRun=false", gift);
        Probe exportOfB = probe("GET /api/v1/item-banks/{id}/exports", "/api/v1/item-banks/" + bBank
                + "/exports?format=gift", null);
        probes.addAll(List.of(importIntoB, exportOfB, probe("GET /api/v1/quizzes/{id}/exports", "/api/v1/quizzes/"
                + UUID.randomUUID() + "/exports?format=qti21", null)));
        itemBankProbes.addAll(List.of(importIntoB, exportOfB, probe("POST /api/v1/item-banks/{id}/imports",
                "/api/v1/item-banks/" + platformBank + "/imports?format=gift&dryRun=false", gift)));
    }

    String bGradedAttempt;
    String bGradingTask;

    /**
     * B's submitted practice attempt with an essay waiting in B's grading queue, and B's schedule's
     * results, CSV and item analysis.
     */
    private void gradingProbes() {
        bGradedAttempt = GradingRows.essayAttempt(grading, transactions, b.tenant().id(),
                b.person(Role.LEARNER).id()).toString();
        bGradingTask = jdbc.queryForObject("select id from assessment_grading_task where attempt_id = ?::uuid",
                UUID.class, bGradedAttempt).toString();
        String attempt = "/api/v1/attempts/" + bGradedAttempt;
        probes.addAll(List.of(
                probe("GET /api/v1/attempts/{id}/result", attempt + "/result", null),
                probe("PUT /api/v1/attempts/{id}/items/{slot}/score", attempt + "/items/q1/score",
                        "{\"fraction\":1,\"feedback\":\"Taken over\"}"),
                probe("GET /api/v1/grading/tasks/{id}", "/api/v1/grading/tasks/" + bGradingTask, null),
                probe("PUT /api/v1/grading/tasks/{id}", "/api/v1/grading/tasks/" + bGradingTask,
                        "{\"fraction\":1,\"feedback\":\"Taken over\"}"),
                probe("GET /api/v1/schedules/{id}/results", "/api/v1/schedules/" + bSchedule + "/results", null),
                probe("GET /api/v1/schedules/{id}/results.csv", "/api/v1/schedules/" + bSchedule + "/results.csv",
                        null),
                probe("GET /api/v1/schedules/{id}/item-analysis", "/api/v1/schedules/" + bSchedule
                        + "/item-analysis", null),
                probe("POST /api/v1/schedules/{id}/item-analysis/statistics", "/api/v1/schedules/" + bSchedule
                        + "/item-analysis/statistics", null)));
    }

    String bQuiz;
    String bAttempt;
    String bSchedule;

    /** B's test with an item of B's bank, scheduled for B's class, and B's learner's attempt at it. */
    private void assessmentProbes() {
        QuizFixtures fixtures = new QuizFixtures(api);
        // B's admin builds it: B's teacher signs in for coursework, and a code is good for one sign-in.
        String bAdmin = api.signIn(b.person(Role.ORG_ADMIN)).accessToken();
        String bItem = fixtures.items(bAdmin, fixtures.bank(bAdmin), 1).get(0);
        bQuiz = fixtures.quiz(bAdmin, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("Quiz of B", List.of(bItem)))));
        bSchedule = fixtures.schedule(bAdmin, bQuiz, b.classId(), java.time.Instant.now().minusSeconds(60),
                java.time.Instant.now().plusSeconds(86_400));
        String bLearner = api.signIn(b.person(Role.LEARNER)).accessToken();
        bAttempt = api.post("/api/v1/schedules/" + bSchedule + "/attempts", bLearner, null).json().path("id")
                .asString();
        fixtures.save(bLearner, bAttempt, "q1", Map.of("choice", "r"), 1);
        api.get("/api/v1/attempts/" + bAttempt + "/paper", bLearner);
        String aTeacher = tokensOfA.get(Role.TEACHER);
        String aQuiz = fixtures.quiz(aTeacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("Quiz of A",
                        fixtures.items(aTeacher, fixtures.bank(aTeacher), 1)))));
        String quiz = "/api/v1/quizzes/" + bQuiz;
        String attempt = "/api/v1/attempts/" + bAttempt;
        String quizBody = "{\"title\":\"Taken over\",\"kind\":\"practice\",\"sections\":[{\"title\":\"A\","
                + "\"items\":[\"" + bItem + "\"]}]}";
        String window = "\"opensAt\":\"2020-01-01T00:00:00Z\",\"closesAt\":\"2099-01-01T00:00:00Z\"";
        probes.addAll(List.of(
                probe("GET /api/v1/quizzes/{id}", quiz, null),
                probe("PUT /api/v1/quizzes/{id}", quiz, quizBody),
                probe("DELETE /api/v1/quizzes/{id}", quiz, null),
                probe("POST /api/v1/quizzes/{id}/schedules", quiz + "/schedules",
                        "{\"classId\":\"" + a.classId() + "\"," + window + "}"),
                probe("POST /api/v1/quizzes/{id}/attempts", quiz + "/attempts", null),
                probe("GET /api/v1/schedules/{id}", "/api/v1/schedules/" + bSchedule, null),
                probe("GET /api/v1/schedules/{id}/board", "/api/v1/schedules/" + bSchedule + "/board", null),
                probe("POST /api/v1/schedules/{id}/attempts", "/api/v1/schedules/" + bSchedule + "/attempts", null),
                probe("GET /api/v1/attempts/{id}", attempt, null),
                probe("GET /api/v1/attempts/{id}/paper", attempt + "/paper", null),
                probe("PUT /api/v1/attempts/{id}/answers/{slot}", attempt + "/answers/q1",
                        "{\"response\":{\"choice\":\"w\"},\"seq\":99}"),
                probe("POST /api/v1/attempts/{id}/answers/batch", attempt + "/answers/batch",
                        "{\"answers\":[{\"slot\":\"q1\",\"response\":{\"choice\":\"w\"},\"seq\":99}]}"),
                probe("POST /api/v1/attempts/{id}/submit", attempt + "/submit", "{\"answers\":[]}"),
                probe("POST /api/v1/attempts/{id}/heartbeat", attempt + "/heartbeat", "{\"online\":true}"),
                probe("POST /api/v1/attempts/{id}/sections/{index}/finish", attempt + "/sections/0/finish", null),
                // B's ids inside bodies of A's own resources
                probe("POST /api/v1/quizzes", "/api/v1/quizzes", quizBody),
                probe("PUT /api/v1/quizzes/{id}", "/api/v1/quizzes/" + aQuiz, quizBody),
                probe("POST /api/v1/quizzes/{id}/schedules", "/api/v1/quizzes/" + aQuiz + "/schedules",
                        "{\"classId\":\"" + b.classId() + "\"," + window + "}")));
    }

    /** Item bank routes without ids: lists of the caller's tenant (and the platform's banks), and creation there. */
    static final List<String> ITEM_BANK_LISTS = List.of("GET /api/v1/item-banks", "POST /api/v1/item-banks",
            "GET /api/v1/item-types");

    String bBank;
    String bItem;
    String platformBank;
    String platformItem;

    /** B's bank with a category and an item, and a platform bank with an item (read-only for A). */
    private void itemBankProbes() {
        String item = "{\"type\":\"true-false\",\"title\":\"Taken over\",\"body\":{\"prompt\":\"Taken\",\"answer\":false}}";
        // B's content creator: B's teacher has signed in already with this authenticator step
        String bCreator = api.signIn(b.person(Role.CONTENT_CREATOR)).accessToken();
        bBank = api.post("/api/v1/item-banks", bCreator, Map.of("name", "Bank of B")).json().path("id").asString();
        String bCategory = api.post("/api/v1/item-banks/" + bBank + "/categories", bCreator, Map.of("name", "Laws"))
                .json().path("id").asString();
        bItem = api.post("/api/v1/item-banks/" + bBank + "/items", bCreator, Map.of("type", "true-false",
                "title", "Item of B", "category", bCategory, "body", Map.of("prompt", "B", "answer", true)))
                .json().path("id").asString();
        String admin = api.signIn(data.platformAdmin()).accessToken();
        platformBank = api.post("/api/v1/item-banks", admin, Map.of("name", "Bank for all")).json().path("id")
                .asString();
        String platformCategory = api.post("/api/v1/item-banks/" + platformBank + "/categories", admin,
                Map.of("name", "Shared")).json().path("id").asString();
        platformItem = api.post("/api/v1/item-banks/" + platformBank + "/items", admin, Map.of("type", "true-false",
                "title", "Item for all", "body", Map.of("prompt", "All", "answer", true))).json().path("id").asString();
        String bankOfB = "/api/v1/item-banks/" + bBank;
        probes.addAll(List.of(
                probe("GET /api/v1/item-banks/{id}", bankOfB, null),
                probe("PUT /api/v1/item-banks/{id}", bankOfB, "{\"name\":\"Taken over\"}"),
                probe("DELETE /api/v1/item-banks/{id}", bankOfB, null),
                probe("GET /api/v1/item-banks/{id}/categories", bankOfB + "/categories", null),
                probe("POST /api/v1/item-banks/{id}/categories", bankOfB + "/categories", "{\"name\":\"Taken\"}"),
                probe("PUT /api/v1/item-banks/{id}/categories/{categoryId}", bankOfB + "/categories/" + bCategory,
                        "{\"name\":\"Taken\"}"),
                probe("DELETE /api/v1/item-banks/{id}/categories/{categoryId}", bankOfB + "/categories/" + bCategory,
                        null),
                probe("GET /api/v1/item-banks/{id}/items", bankOfB + "/items", null),
                probe("POST /api/v1/item-banks/{id}/items", bankOfB + "/items", item),
                probe("GET /api/v1/items/{id}", "/api/v1/items/" + bItem, null),
                probe("PUT /api/v1/items/{id}", "/api/v1/items/" + bItem, item),
                probe("DELETE /api/v1/items/{id}", "/api/v1/items/" + bItem, null),
                probe("POST /api/v1/items/{id}/preview", "/api/v1/items/" + bItem + "/preview", "{}")));
        String bankForAll = "/api/v1/item-banks/" + platformBank;
        itemBankProbes.addAll(List.of(
                probe("PUT /api/v1/item-banks/{id}", bankForAll, "{\"name\":\"Taken over\"}"),
                probe("DELETE /api/v1/item-banks/{id}", bankForAll, null),
                probe("POST /api/v1/item-banks/{id}/categories", bankForAll + "/categories", "{\"name\":\"Taken\"}"),
                probe("PUT /api/v1/item-banks/{id}/categories/{categoryId}", bankForAll + "/categories/"
                        + platformCategory, "{\"name\":\"Taken\"}"),
                probe("DELETE /api/v1/item-banks/{id}/categories/{categoryId}", bankForAll + "/categories/"
                        + platformCategory, null),
                probe("POST /api/v1/item-banks/{id}/items", bankForAll + "/items", item),
                probe("PUT /api/v1/items/{id}", "/api/v1/items/" + platformItem, item),
                probe("DELETE /api/v1/items/{id}", "/api/v1/items/" + platformItem, null),
                // B's category in A's own bank
                probe("POST /api/v1/item-banks/{id}/items", "/api/v1/item-banks/" + api.post("/api/v1/item-banks",
                        tokensOfA.get(Role.TEACHER), Map.of("name", "Bank of A")).json().path("id").asString()
                        + "/items", "{\"type\":\"true-false\",\"category\":\"" + bCategory
                        + "\",\"body\":{\"prompt\":\"A\",\"answer\":true}}")));
    }

    final List<Probe> itemBankProbes = new ArrayList<>();

    @Test
    void anotherTenantsBanksAreNotListedAndThePlatformsAreReadOnly() throws Exception {
        String before = itemBankSnapshot();
        for (Role role : tokensOfA.keySet()) {
            String list = call(role, HttpMethod.GET, "/api/v1/item-banks", null).getResponse().getContentAsString();
            assertThat(list).as("banks as %s", role).doesNotContain(bBank);
            for (Probe probe : itemBankProbes) {
                int status = call(role, probe.method(), probe.path(), probe.body()).getResponse().getStatus();
                assertThat(status).as("%s %s as %s of A", probe.method(), probe.path(), role).isBetween(400, 499);
            }
        }
        assertThat(call(Role.TEACHER, HttpMethod.GET, "/api/v1/item-banks", null).getResponse().getContentAsString())
                .contains(platformBank);
        assertThat(itemBankSnapshot()).isEqualTo(before);
    }

    /** B's and the platform's bank rows, read past every filter. */
    String itemBankSnapshot() {
        StringBuilder snapshot = new StringBuilder();
        for (String bank : List.of(bBank, platformBank)) {
            UUID id = UUID.fromString(bank);
            snapshot.append(jdbc.queryForList("select name, version from assessment_item_bank where id = ?", id))
                    .append(jdbc.queryForList("select id, name, path from assessment_item_category where bank_id = ?"
                            + " order by id", id))
                    .append(jdbc.queryForList("select id, title, body, item_version, retired from assessment_item"
                            + " where bank_id = ? order by id", id));
        }
        return snapshot.toString();
    }

    String bAssignment;
    String bSubmission;

    /** B's assignment on B's own course, with a text hand-in of B's learner. */
    private void courseworkProbes() {
        CourseOutline bCourse = courses.publish(b.tenant().id(), "Coursework of B", 1, 1);
        enrollments.enroll(b.tenant(), b.person(Role.LEARNER), bCourse.id());
        String bTeacher = api.signIn(b.person(Role.TEACHER)).accessToken();
        bAssignment = api.post("/api/v1/courses/" + bCourse.id() + "/assignments", bTeacher, Map.of(
                "title", "Homework of B", "submissionTypes", List.of("TEXT", "FILE"), "maxPoints", 10,
                "dueAt", "2099-01-01T00:00:00Z", "published", true)).json().path("id").asString();
        bSubmission = api.put("/api/v1/assignments/" + bAssignment + "/submission",
                api.signIn(b.person(Role.LEARNER)).accessToken(), Map.of("type", "TEXT", "text", "Work of B"))
                .json().path("id").asString();
        String assignment = "/api/v1/assignments/" + bAssignment;
        String submission = "/api/v1/submissions/" + bSubmission;
        probes.addAll(List.of(
                probe("GET /api/v1/courses/{courseId}/assignments", "/api/v1/courses/" + bCourse.id() + "/assignments",
                        null),
                probe("POST /api/v1/courses/{courseId}/assignments", "/api/v1/courses/" + bCourse.id() + "/assignments",
                        "{\"title\":\"Taken over\",\"submissionTypes\":[\"TEXT\"],\"maxPoints\":10,"
                                + "\"dueAt\":\"2099-01-01T00:00:00Z\",\"published\":true}"),
                probe("GET /api/v1/assignments/{id}", assignment, null),
                probe("PATCH /api/v1/assignments/{id}", assignment, "{\"title\":\"Taken over\",\"published\":false}"),
                probe("DELETE /api/v1/assignments/{id}", assignment, null),
                probe("PUT /api/v1/assignments/{id}/submission", assignment + "/submission",
                        "{\"type\":\"TEXT\",\"text\":\"Slipped in\"}"),
                probe("POST /api/v1/assignments/{id}/submission/file", assignment + "/submission/file", null),
                probe("GET /api/v1/assignments/{id}/submission", assignment + "/submission", null),
                probe("GET /api/v1/assignments/{id}/submissions", assignment + "/submissions", null),
                probe("POST /api/v1/assignments/{id}/releases", assignment + "/releases", null),
                probe("GET /api/v1/submissions/{id}", submission, null),
                probe("GET /api/v1/submissions/{id}/file", submission + "/file", null),
                probe("PUT /api/v1/submissions/{id}/grade", submission + "/grade", "{\"points\":10}"),
                probe("POST /api/v1/submissions/{id}/release", submission + "/release", null)));
    }

    // A published course with a module, a lesson, blocks and an image, in a track of a domain.
    private CatalogOf catalogOf(TenantId owner) {
        var outline = courses.publish(owner, "Course of " + owner, 1, 1);
        return courses.as(owner, () -> {
            var authoring = courses.authoring();
            var lesson = authoring.lesson(outline.id(), outline.lessons().get(0).id());
            courses.images().addAsset(outline.id(), "flow.png", PNG);
            String slug = "d-" + UUID.randomUUID().toString().substring(0, 8);
            var domain = courses.tracks().createDomain(slug, "en", Map.of("en", "Domain " + slug));
            var track = courses.tracks().createTrack(new TrackAuthoring.TrackFields(slug, "en", Map.of("en", "Track"),
                    null, domain.id().value()));
            return new CatalogOf(outline.id().value(), outline.modules().get(0).id().value(),
                    lesson.id().value(), lesson.blocks().get(0).id(), domain.id().value(), track.id().value());
        });
    }

    private static List<Probe> catalogProbes(CatalogOf o) {
        String course = "/api/v1/authoring/courses/" + o.course();
        String lesson = course + "/lessons/" + o.lesson();
        String title = "{\"title\":{\"en\":\"Taken over\"}}";
        String lessonBody = "{\"title\":{\"en\":\"Taken\"},\"kind\":\"CHALLENGE\",\"estimatedMinutes\":5}";
        String block = "{\"type\":\"markdown\",\"text\":{\"en\":\"Taken over\"}}";
        String courseBody = "{\"slug\":\"taken\",\"title\":{\"en\":\"Taken\"},\"level\":\"BEGINNER\","
                + "\"category\":\"X\",\"estimatedHours\":1,\"paid\":false,\"enrollment\":\"OPEN\"}";
        return List.of(
                probe("GET /api/v1/authoring/courses/{id}", course, null),
                probe("PUT /api/v1/authoring/courses/{id}", course, courseBody),
                probe("DELETE /api/v1/authoring/courses/{id}", course, null),
                probe("POST /api/v1/authoring/courses/{id}/publish", course + "/publish", null),
                probe("POST /api/v1/authoring/courses/{id}/unpublish", course + "/unpublish", null),
                probe("GET /api/v1/authoring/courses/{id}/preview", course + "/preview", null),
                probe("PUT /api/v1/authoring/courses/{id}/enrollment-key", course + "/enrollment-key",
                        "{\"key\":\"let me in\"}"),
                probe("DELETE /api/v1/authoring/courses/{id}/enrollment-key", course + "/enrollment-key", null),
                probe("GET /api/v1/authoring/courses/{id}/export", course + "/export", null),
                probe("POST /api/v1/authoring/courses/{id}/modules", course + "/modules", title),
                probe("PUT /api/v1/authoring/courses/{id}/modules/{moduleId}", course + "/modules/" + o.module(), title),
                probe("DELETE /api/v1/authoring/courses/{id}/modules/{moduleId}", course + "/modules/" + o.module(),
                        null),
                probe("PUT /api/v1/authoring/courses/{id}/modules/order", course + "/modules/order",
                        "{\"ids\":[\"" + o.module() + "\"],\"expectedVersion\":0}"),
                probe("POST /api/v1/authoring/courses/{id}/modules/{moduleId}/lessons", course + "/modules/"
                        + o.module() + "/lessons", lessonBody),
                probe("PUT /api/v1/authoring/courses/{id}/modules/{moduleId}/lessons/order", course + "/modules/"
                        + o.module() + "/lessons/order", "{\"ids\":[\"" + o.lesson() + "\"],\"expectedVersion\":0}"),
                probe("GET /api/v1/authoring/courses/{id}/lessons/{lessonId}", lesson, null),
                probe("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}", lesson, lessonBody),
                probe("DELETE /api/v1/authoring/courses/{id}/lessons/{lessonId}", lesson, null),
                probe("GET /api/v1/authoring/courses/{id}/lessons/{lessonId}/preview", lesson + "/preview", null),
                probe("POST /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks", lesson + "/blocks", block),
                probe("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/{blockId}", lesson + "/blocks/"
                        + o.block(), block),
                probe("DELETE /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/{blockId}", lesson
                        + "/blocks/" + o.block(), null),
                probe("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/order", lesson + "/blocks/order",
                        "{\"ids\":[\"" + o.block() + "\"],\"expectedVersion\":0}"),
                probe("GET /api/v1/authoring/courses/{id}/assets", course + "/assets", null),
                probe("POST /api/v1/authoring/courses/{id}/assets", course + "/assets", "{}"),
                probe("GET /api/v1/authoring/courses/{id}/assets/{name}", course + "/assets/flow.png", null),
                probe("DELETE /api/v1/authoring/courses/{id}/assets/{name}", course + "/assets/flow.png", null),
                probe("PUT /api/v1/authoring/domains/{id}", "/api/v1/authoring/domains/" + o.domain(),
                        "{\"slug\":\"taken\",\"title\":{\"en\":\"Taken\"}}"),
                probe("DELETE /api/v1/authoring/domains/{id}", "/api/v1/authoring/domains/" + o.domain(), null),
                probe("PUT /api/v1/authoring/tracks/{id}", "/api/v1/authoring/tracks/" + o.track(),
                        "{\"slug\":\"taken\",\"title\":{\"en\":\"Taken\"}}"),
                probe("DELETE /api/v1/authoring/tracks/{id}", "/api/v1/authoring/tracks/" + o.track(), null),
                probe("PUT /api/v1/authoring/tracks/{id}/order", "/api/v1/authoring/tracks/" + o.track() + "/order",
                        "{\"ids\":[],\"expectedVersion\":0}"));
    }

    /** B's course (its own, published), B's enrollment in it and B's class given that course. */
    private void learningProbes(UUID bLearner) {
        CourseOutline bCourse = courses.publish(b.tenant().id(), "Course of B", 1, 2);
        CourseOutline shared = courses.publish(TenantId.PLATFORM, "Course for all", 1, 1);
        String bEnrollment = enrollments.enroll(b.tenant(), b.person(Role.LEARNER), bCourse.id()).toString();
        UUID bAssignment = enrollments.assignToClass(b.tenant(), b.classId(), bCourse.id(), b.person(Role.TEACHER));
        String bLesson = bCourse.lessons().get(0).id().toString();
        String due = "\"dueAt\":\"2099-01-01T00:00:00Z\"";
        probes.addAll(List.of(
                probe("POST /api/v1/courses/{id}/enrollments", "/api/v1/courses/" + bCourse.id() + "/enrollments", "{}"),
                probe("GET /api/v1/enrollments/{id}", "/api/v1/enrollments/" + bEnrollment, null),
                probe("DELETE /api/v1/enrollments/{id}", "/api/v1/enrollments/" + bEnrollment, null),
                probe("PUT /api/v1/enrollments/{id}/deadline", "/api/v1/enrollments/" + bEnrollment + "/deadline",
                        "{\"targetAt\":\"2099-01-01T00:00:00Z\"}"),
                probe("POST /api/v1/courses/{id}/grants", "/api/v1/courses/" + bCourse.id() + "/grants",
                        "{\"userId\":\"" + a.person(Role.LEARNER).id() + "\"}"),
                probe("POST /api/v1/courses/{id}/grants", "/api/v1/courses/" + shared.id() + "/grants",
                        "{\"userId\":\"" + bLearner + "\"}"),
                probe("POST /api/v1/courses/{id}/lessons/{lessonId}/progress",
                        "/api/v1/courses/" + bCourse.id() + "/lessons/" + bLesson + "/progress",
                        "{\"event\":\"complete\"}"),
                probe("POST /api/v1/course-assignments", "/api/v1/course-assignments",
                        "{\"classId\":\"" + b.classId() + "\",\"courseId\":\"" + shared.id() + "\"," + due + "}"),
                probe("POST /api/v1/course-assignments", "/api/v1/course-assignments",
                        "{\"teamId\":\"" + b.teamId() + "\",\"courseId\":\"" + shared.id() + "\"," + due + "}"),
                probe("POST /api/v1/course-assignments", "/api/v1/course-assignments",
                        "{\"classId\":\"" + a.classId() + "\",\"courseId\":\"" + bCourse.id() + "\"," + due + "}"),
                probe("POST /api/v1/course-assignments/{id}/sync", "/api/v1/course-assignments/" + bAssignment + "/sync",
                        null),
                probe("GET /api/v1/classes/{id}/progress", "/api/v1/classes/" + b.classId() + "/progress", null),
                probe("GET /api/v1/teams/{id}/progress", "/api/v1/teams/" + b.teamId() + "/progress", null)));
    }

    private static Probe probe(String route, String path, String body) {
        return new Probe(route, HttpMethod.valueOf(route.substring(0, route.indexOf(' '))), path, body);
    }

    @Test
    void listsNeverShowAnotherTenantsRows() throws Exception {
        List<String> lists = List.of("/api/v1/members?limit=200", "/api/v1/classes?limit=200",
                "/api/v1/teams?limit=200", "/api/v1/guardian-links", "/api/v1/invitations?limit=200",
                "/api/v1/audit-events?limit=200", "/api/v1/tenants/current");
        for (Role role : tokensOfA.keySet()) {
            for (String list : lists) {
                MvcResult result = call(role, HttpMethod.GET, list, null);
                String body = result.getResponse().getContentAsString();
                assertThat(body).as("%s as %s", list, role).doesNotContain(b.slug());
                assertThat(body).as("%s as %s", list, role)
                        .doesNotContain(b.person(Role.LEARNER).id().toString())
                        .doesNotContain(b.classId().toString())
                        .doesNotContain(b.teamId().toString());
            }
        }
        // The lists do work: A's admin sees A's own rows.
        assertThat(call(Role.ORG_ADMIN, HttpMethod.GET, "/api/v1/members?limit=200", null).getResponse()
                .getContentAsString()).contains(a.email(Role.LEARNER));
        assertThat(call(Role.ORG_ADMIN, HttpMethod.GET, "/api/v1/classes?limit=200", null).getResponse()
                .getContentAsString()).contains(a.classId().toString());
    }

    @Test
    void anotherTenantsIdsAreNeitherFoundNorChanged() throws Exception {
        String before = snapshotOfB();
        for (Role role : tokensOfA.keySet()) {
            for (Probe probe : probes) {
                int status = call(role, probe.method(), probe.path(), probe.body()).getResponse().getStatus();
                assertThat(status).as("%s %s as %s of A", probe.method(), probe.path(), role)
                        .isBetween(400, 499);
            }
        }
        assertThat(snapshotOfB()).isEqualTo(before);
    }

    @Test
    void everyTenantScopedEndpointIsProbed() {
        Set<String> probed = new TreeSet<>(probes.stream().map(Probe::route).toList());
        probed.addAll(List.of("GET /api/v1/enrollments", "GET /api/v1/course-assignments"));
        probed.add("GET /api/v1/assignments");
        probed.add("GET /api/v1/grading/tasks");
        probed.add("GET /api/v1/quizzes");
        probed.addAll(SESSION_ROUTES);
        probed.addAll(List.of("GET /api/v1/members", "GET /api/v1/classes", "GET /api/v1/teams",
                "GET /api/v1/guardian-links", "GET /api/v1/invitations", "GET /api/v1/audit-events",
                "GET /api/v1/tenants/current"));
        probed.addAll(catalogProbes.stream().map(Probe::route).toList());
        probed.addAll(CATALOG_LISTS);
        probed.addAll(ITEM_BANK_LISTS);
        probed.addAll(CONCEPT_GRAPH_ROUTES);
        probed.addAll(MASTERY_OWN);
        probed.addAll(WEEKLY_TEST_ROUTES);
        Set<String> missing = new TreeSet<>(ApiEndpoints.all(context));
        missing.removeAll(probed);
        missing.removeAll(NOT_TENANT_SCOPED);
        assertThat(missing).as("endpoints not covered by the cross-tenant matrix").isEmpty();
    }

    @Test
    void catalogListsShowNoOtherTenantsCourses() throws Exception {
        for (Role role : tokensOfA.keySet()) {
            for (String list : CATALOG_LISTS) {
                MvcResult result = call(role, HttpMethod.GET, list.substring(list.indexOf(' ') + 1), null);
                assertThat(result.getResponse().getContentAsString()).as("%s as %s", list, role)
                        .doesNotContain(catalogOfB.course().toString(), catalogOfB.track().toString(),
                                catalogOfB.domain().toString());
            }
        }
        // The lists do work: A's learners see the platform's course, A's authors their own drafts.
        assertThat(call(Role.LEARNER, HttpMethod.GET, "/api/v1/courses", null).getResponse().getContentAsString())
                .contains(platform.course().toString());
    }

    @Test
    void anotherTenantsCatalogAndThePlatformsAreNeitherFoundNorChanged() throws Exception {
        String before = catalogSnapshot();
        for (Role role : tokensOfA.keySet()) {
            for (Probe probe : catalogProbes) {
                int status = call(role, probe.method(), probe.path(), probe.body()).getResponse().getStatus();
                assertThat(status).as("%s %s as %s of A", probe.method(), probe.path(), role).isBetween(400, 499);
            }
        }
        assertThat(catalogSnapshot()).isEqualTo(before);
    }

    /** B's and the platform's catalog rows, read past every filter. */
    String catalogSnapshot() {
        StringBuilder snapshot = new StringBuilder();
        for (CatalogOf o : List.of(catalogOfB, platform)) {
            snapshot.append(jdbc.queryForList("select slug, title, revision, published, published_version,"
                    + " enrollment_key_hash from catalog_course where id = ?", o.course()))
                    .append(jdbc.queryForList("select id, title, position from catalog_module where course_id = ?"
                            + " order by id", o.course()))
                    .append(jdbc.queryForList("select id, title, position, kind from catalog_lesson where course_id = ?"
                            + " order by id", o.course()))
                    .append(jdbc.queryForList("select id, position, content from catalog_block where course_id = ?"
                            + " order by id", o.course()))
                    .append(jdbc.queryForList("select name from catalog_asset where course_id = ?", o.course()))
                    .append(jdbc.queryForList("select slug, title from catalog_domain where id = ?", o.domain()))
                    .append(jdbc.queryForList("select slug, title, revision from catalog_track where id = ?",
                            o.track()));
        }
        return snapshot.toString();
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

    @Test
    void learningListsNeverShowAnotherTenantsRows() throws Exception {
        for (Role role : tokensOfA.keySet()) {
            for (String list : List.of("/api/v1/enrollments?limit=200", "/api/v1/course-assignments?limit=200")) {
                String body = call(role, HttpMethod.GET, list, null).getResponse().getContentAsString();
                assertThat(body).as("%s as %s", list, role).doesNotContain(b.classId().toString())
                        .doesNotContain(b.person(Role.LEARNER).id().toString());
                jdbc.queryForList("select id from learning_enrollment where tenant_id = ?", UUID.class,
                        b.tenant().id().value()).forEach(id -> assertThat(body).doesNotContain(id.toString()));
            }
        }
    }

    @Test
    void courseworkListsNeverShowAnotherTenantsRows() throws Exception {
        for (Role role : tokensOfA.keySet()) {
            String body = call(role, HttpMethod.GET, "/api/v1/assignments", null).getResponse().getContentAsString();
            assertThat(body).as("assignments as %s", role).doesNotContain(bAssignment).doesNotContain("Homework of B");
        }
    }

    @Test
    void theGradingQueueNeverShowsAnotherTenantsItems() throws Exception {
        for (Role role : tokensOfA.keySet()) {
            String body = call(role, HttpMethod.GET, "/api/v1/grading/tasks?limit=200", null).getResponse()
                    .getContentAsString();
            assertThat(body).as("grading tasks as %s", role).doesNotContain(bGradingTask).doesNotContain(bGradedAttempt);
        }
    }

    @Test
    void assessmentListsNeverShowAnotherTenantsRows() throws Exception {
        for (Role role : tokensOfA.keySet()) {
            String body = call(role, HttpMethod.GET, "/api/v1/quizzes", null).getResponse().getContentAsString();
            assertThat(body).as("quizzes as %s", role).doesNotContain(bQuiz).doesNotContain("Quiz of B");
        }
    }

    /** B's rows as plain text, read past every filter, to prove nothing changed. */
    String snapshotOfB() {
        UUID tenant = b.tenant().id().value();
        return String.join("\n",
                jdbc.queryForList("select id, user_id, roles, status from organization_membership where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, name from organization_class where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select class_id, user_id, role from organization_class_member where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, name, manager_id from organization_team where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select team_id, user_id from organization_team_member where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from organization_guardian_link where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status from organization_invitation where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status, source, due_at, target_at, completed_at, last_activity_at from learning_enrollment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, due_at, class_id, team_id from learning_course_assignment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, completed_at, seconds_spent from learning_lesson_progress where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id from learning_module_completion where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, title, published, version from coursework_assignment where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, attempts, grade_points, released_at, version from coursework_submission where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id from coursework_submission_attempt where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, score, final_result, version from assessment_result where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, outcome, score, feedback, version from assessment_item_score where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status, version from assessment_grading_task where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, title, kind, sections, version from assessment_quiz where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, class_id, opens_at, closes_at from assessment_schedule where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select id, status, deadline, submitted_at, current_section, last_seen_at from assessment_attempt where tenant_id = ? order by id", tenant).toString(),
                jdbc.queryForList("select attempt_id, slot, response, seq from assessment_answer where tenant_id = ? order by attempt_id, slot", tenant).toString(),
                jdbc.queryForList("select id, mastery, attempts, next_review, version from mastery_knowledge where tenant_id = ? order by id", tenant).toString());
    }

    /** The caller's own knowledge state: one learner's rows, in the caller's tenant only. */
    static final List<String> MASTERY_OWN = List.of("GET /api/v1/mastery/concepts",
            "GET /api/v1/mastery/concepts/{key}", "GET /api/v1/mastery/due", "GET /api/v1/mastery/standing",
            "PUT /api/v1/mastery/exam-date");

    static final String KNOWLEDGE_OF_B = "physics.only-in-b";

    /**
     * B's learner with knowledge in B, and A's learner's own account with knowledge in B too (the
     * same person may belong to both tenants): A sees neither.
     */
    private void knowledgeProbes() {
        UUID aLearner = a.person(Role.LEARNER).id().value();
        for (UUID learner : List.of(bLearnerId(), aLearner)) {
            jdbc.update("""
                    insert into mastery_knowledge (id, tenant_id, learner_id, concept, mastery, attempts, correct,
                        last_practice, stability, memory_difficulty, reviews, next_review, confidence, trace,
                        updated_at, version)
                    values (?, ?, ?, ?, 0.3, 2, 1, ?, 1.0, 5.0, 1, ?, 0.4, '', ?, 0)""", UUID.randomUUID(),
                    b.tenant().id().value(), learner, KNOWLEDGE_OF_B,
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400 * 3)),
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400)),
                    java.sql.Timestamp.from(java.time.Instant.now()));
        }
        probes.add(probe("GET /api/v1/mastery/learners/{id}/concepts", "/api/v1/mastery/learners/" + bLearnerId()
                + "/concepts", null));
    }

    private UUID bLearnerId() {
        return b.person(Role.LEARNER).id().value();
    }

    @Test
    void aLearnersKnowledgeInAnotherTenantIsNotTheirsHere() throws Exception {
        for (String path : List.of("/api/v1/mastery/concepts", "/api/v1/mastery/due", "/api/v1/mastery/standing")) {
            MvcResult result = call(Role.LEARNER, HttpMethod.GET, path, null);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(path).doesNotContain(KNOWLEDGE_OF_B);
        }
        assertThat(call(Role.LEARNER, HttpMethod.GET, "/api/v1/mastery/standing", null).getResponse()
                .getContentAsString()).contains("\"conceptsWithEvidence\":0");
        assertThat(call(Role.LEARNER, HttpMethod.GET, "/api/v1/mastery/concepts/" + KNOWLEDGE_OF_B, null)
                .getResponse().getStatus()).isEqualTo(404);
    }

    MvcResult call(Role role, HttpMethod method, String path, String body) throws Exception {
        var builder = request(method, path).header("Authorization", "Bearer " + tokensOfA.get(role));
        if (body != null) {
            builder.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(builder).andReturn();
    }

    // ---- mastery: the concept graph. Each tenant reads the platform's concepts and its own; lists
    // and exports answer the caller's tenant only, so they are checked by content below, and
    // another tenant's keys in paths and import files are probed.

    /** Concept routes that answer the caller's own graph: checked by {@link #conceptsOfAnotherTenantAreInvisible}. */
    static final List<String> CONCEPT_GRAPH_ROUTES = List.of("GET /api/v1/concepts", "GET /api/v1/concepts/export",
            "POST /api/v1/concepts/imports");

    String otherTenantsConcept;
    TestData.TestTenant conceptTenant;

    @BeforeAll
    void aTenantWithConceptsOfItsOwn() throws Exception {
        Api.Response platformGraph = api.post("/api/v1/concepts/imports?format=json&dryRun=false",
                api.signIn(data.platformAdmin()).accessToken(),
                new String(getClass().getResourceAsStream("/demo/concepts/jee.json").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(platformGraph.status()).isEqualTo(200);
        conceptTenant = data.tenant();
        String teacher = api.signIn(data.member(conceptTenant, Role.TEACHER)).accessToken();
        otherTenantsConcept = "other.school.secret-" + TestData.suffix().toLowerCase(java.util.Locale.ROOT);
        Api.Response own = api.post("/api/v1/concepts/imports?format=json&dryRun=false", teacher,
                Map.of("concepts", List.of(Map.of("key", otherTenantsConcept, "name", "Secret concept",
                        "subject", "physics", "layer", 9)),
                        "prerequisites", List.of(Map.of("concept", otherTenantsConcept,
                                "prerequisite", "physics.kinematics.projectile"))));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        probes.add(probe("GET /api/v1/concepts/{key}", "/api/v1/concepts/" + otherTenantsConcept, null));
        // another tenant's key as a prerequisite in one's own import is unknown
        probes.add(probe("POST /api/v1/concepts/imports", "/api/v1/concepts/imports?format=json&dryRun=false",
                "{\"concepts\":[{\"key\":\"mine.a\",\"name\":\"A\",\"subject\":\"physics\",\"layer\":1}],"
                        + "\"prerequisites\":[{\"concept\":\"mine.a\",\"prerequisite\":\"" + otherTenantsConcept
                        + "\"}]}"));
    }

    String conceptRowsOfOtherTenant() {
        return jdbc.queryForList("select concept_key, name, version from mastery_concept where tenant_id = ?"
                + " order by concept_key", conceptTenant.id().value()).toString()
                + jdbc.queryForList("select concept_key, prerequisite_key from mastery_prerequisite"
                        + " where tenant_id = ? order by concept_key", conceptTenant.id().value());
    }

    @Test
    void conceptsOfAnotherTenantAreInvisible() throws Exception {
        String before = conceptRowsOfOtherTenant();
        for (Role role : tokensOfA.keySet()) {
            for (String path : List.of("/api/v1/concepts", "/api/v1/concepts?subject=physics",
                    "/api/v1/concepts/physics.kinematics.projectile", "/api/v1/concepts/export?format=json",
                    "/api/v1/concepts/export?format=csv")) {
                MvcResult result = call(role, HttpMethod.GET, path, null);
                assertThat(result.getResponse().getContentAsString()).as("%s as %s", path, role)
                        .doesNotContain(otherTenantsConcept);
            }
        }
        // both tenants read the platform's concepts
        assertThat(call(Role.LEARNER, HttpMethod.GET, "/api/v1/concepts", null).getResponse().getContentAsString())
                .contains("physics.kinematics.projectile", "math.vectors.basics");
        // A may use the same key for a concept of its own without touching the other tenant's
        MvcResult own = call(Role.TEACHER, HttpMethod.POST, "/api/v1/concepts/imports?format=json&dryRun=false",
                "{\"concepts\":[{\"key\":\"" + otherTenantsConcept + "\",\"name\":\"Ours\",\"subject\":\"physics\","
                        + "\"layer\":1}],\"prerequisites\":[]}");
        try {
            assertThat(own.getResponse().getStatus()).isEqualTo(200);
            assertThat(call(Role.LEARNER, HttpMethod.GET, "/api/v1/concepts/" + otherTenantsConcept, null)
                    .getResponse().getContentAsString()).contains("Ours").doesNotContain("Secret concept");
            assertThat(conceptRowsOfOtherTenant()).isEqualTo(before);
        } finally {
            // A's graph empty again, so that the key probes keep finding nothing
            call(Role.TEACHER, HttpMethod.POST, "/api/v1/concepts/imports?format=json&dryRun=false",
                    "{\"concepts\":[],\"prerequisites\":[]}");
        }
        // and may not take the platform's
        MvcResult platformKey = call(Role.TEACHER, HttpMethod.POST, "/api/v1/concepts/imports?format=json&dryRun=false",
                "{\"concepts\":[{\"key\":\"math.vectors.basics\",\"name\":\"Mine\",\"subject\":\"math\","
                        + "\"layer\":1}],\"prerequisites\":[]}");
        assertThat(platformKey.getResponse().getStatus()).isEqualTo(400);
        assertThat(platformKey.getResponse().getContentAsString()).contains("platform-key");
    }

    // ---- mastery: the weekly test is the caller's own; another tenant's learner's test is never reached

    /** Routes without ids: the signed-in learner's own weekly test. */
    static final List<String> WEEKLY_TEST_ROUTES = List.of("GET /api/v1/mastery/weekly-test",
            "POST /api/v1/mastery/weekly-test");

    @Autowired org.vidya.assessment.PersonalTests personalTests;

    @Test
    void anotherTenantsWeeklyTestIsNeitherShownNorTaken() throws Exception {
        var bLearner = b.person(Role.LEARNER).principal();
        List<org.vidya.assessment.ItemId> items = List.of(org.vidya.assessment.ItemId.of(bItem));
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(bLearner, null, bLearner.authorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        org.vidya.assessment.PersonalTests.PersonalTest test;
        try {
            test = org.vidya.platform.Tenancy.callAs(b.tenant().id(), () -> personalTests.assign(bLearner.userId(),
                    "Weekly test of B", "weekly", items, java.time.Duration.ofMinutes(30)));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        for (Role role : tokensOfA.keySet()) {
            MvcResult current = call(role, HttpMethod.GET, "/api/v1/mastery/weekly-test", null);
            assertThat(current.getResponse().getStatus()).as("weekly test as %s", role).isBetween(400, 499);
            assertThat(current.getResponse().getContentAsString()).doesNotContain(test.quiz().value().toString())
                    .doesNotContain(test.attempt().value().toString());
            assertThat(call(role, HttpMethod.POST, "/api/v1/quizzes/" + test.quiz().value() + "/attempts", null)
                    .getResponse().getStatus()).as("starting B's weekly test as %s", role).isBetween(400, 499);
            assertThat(call(role, HttpMethod.GET, "/api/v1/attempts/" + test.attempt().value(), null).getResponse()
                    .getStatus()).as("B's weekly attempt as %s", role).isBetween(400, 499);
        }
    }

    // mastery sessions: B's learner's diagnostic and review, and a subject only B's graph has

    static final List<String> SESSION_ROUTES = List.of("POST /api/v1/diagnostics", "GET /api/v1/diagnostics",
            "GET /api/v1/diagnostics/{id}", "POST /api/v1/diagnostics/{id}/answers", "POST /api/v1/reviews",
            "GET /api/v1/reviews/{id}", "POST /api/v1/reviews/{id}/answers");

    UUID bDiagnostic;
    UUID bReview;
    String bSubject;

    private void sessionsOfB() {
        UUID tenant = b.tenant().id().value();
        UUID learner = b.person(Role.LEARNER).id().value();
        bSubject = "bonly" + TestData.suffix();
        jdbc.update("insert into mastery_concept (id, tenant_id, concept_key, name, subject, layer, difficulty,"
                + " exam_weight, created_by, created_at, updated_by, updated_at) values (?, ?, ?, 'Secret of B', ?, 1, 3,"
                + " 0.5, ?, current_timestamp, ?, current_timestamp)", UUID.randomUUID(), tenant, bSubject + ".secret",
                bSubject, learner, learner);
        bDiagnostic = UUID.randomUUID();
        bReview = UUID.randomUUID();
        for (UUID id : List.of(bDiagnostic, bReview)) {
            boolean diagnostic = id.equals(bDiagnostic);
            jdbc.update("insert into mastery_session (id, tenant_id, learner_id, kind, subject, status, open_key, seed,"
                    + " language, plan, current_item, answered, theta, standard_error, created_at) values (?, ?, ?, ?,"
                    + " ?, 'OPEN', ?, 7, 'en', ?, ?, 0, 0, 1, current_timestamp)", id, tenant, learner,
                    diagnostic ? "DIAGNOSTIC" : "REVIEW", diagnostic ? bSubject : null, learner + (diagnostic ? ":D:"
                    + bSubject : ":R"), diagnostic ? null : UUID.randomUUID().toString(), UUID.randomUUID());
        }
    }

    String sessionsOfBSnapshot() {
        return jdbc.queryForList("select id, status, answered, current_item, theta from mastery_session"
                + " where tenant_id = ? order by id", b.tenant().id().value()).toString()
                + jdbc.queryForList("select session_id, sequence from mastery_session_answer where tenant_id = ?",
                        b.tenant().id().value());
    }

    @Test
    void anotherTenantsDiagnosticsAndReviewsAreNeitherFoundNorChanged() throws Exception {
        String before = sessionsOfBSnapshot();
        String answer = "{\"item\":\"%s\",\"response\":{\"choice\":\"a\"},\"sequence\":1}";
        String current = jdbc.queryForObject("select current_item from mastery_session where id = ?", String.class,
                bDiagnostic);
        for (Role role : tokensOfA.keySet()) {
            for (String path : List.of("/api/v1/diagnostics/" + bDiagnostic, "/api/v1/reviews/" + bReview)) {
                assertThat(call(role, HttpMethod.GET, path, null).getResponse().getStatus()).as("GET %s as %s", path,
                        role).isIn(403, 404);
                assertThat(call(role, HttpMethod.POST, path + "/answers", answer.formatted(current)).getResponse()
                        .getStatus()).as("POST %s/answers as %s", path, role).isIn(403, 404);
            }
            MvcResult start = call(role, HttpMethod.POST, "/api/v1/diagnostics", "{\"subject\":\"" + bSubject + "\"}");
            assertThat(start.getResponse().getStatus()).as("a diagnostic of B's subject as %s", role).isIn(400, 403);
            for (String list : List.of("/api/v1/diagnostics")) {
                assertThat(call(role, HttpMethod.GET, list, null).getResponse().getContentAsString())
                        .doesNotContain(bDiagnostic.toString(), bReview.toString(), bSubject);
            }
            assertThat(call(role, HttpMethod.POST, "/api/v1/reviews", null).getResponse().getContentAsString())
                    .doesNotContain(bDiagnostic.toString(), bReview.toString(), bSubject);
        }
        assertThat(sessionsOfBSnapshot()).isEqualTo(before);
    }
}
