package org.vidya.platform.security;

import org.vidya.support.ApiTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiEndpoints;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The declared endpoint × role matrix, tested exhaustively: every REST route is declared here
 * with the roles allowed to call it, and every cell — each role, plus an anonymous caller — is
 * called and must be allowed or denied as declared. Ids in paths are random, so allowed calls
 * answer "not found" rather than changing anything that exists.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointRoleMatrixTests {

    static final Set<Role> ANY_ROLE = EnumSet.allOf(Role.class);
    static final Set<Role> TENANT_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN));
    static final Set<Role> PUBLIC = Set.of();
    static final Set<Role> ORG_ADMIN = EnumSet.of(Role.ORG_ADMIN);
    static final Set<Role> MEMBER_READERS = EnumSet.of(Role.TEACHER, Role.TEAM_MANAGER, Role.ORG_ADMIN);
    static final Set<Role> CLASS_READERS = EnumSet.of(Role.LEARNER, Role.TEACHER, Role.ORG_ADMIN,
            Role.ANALYTICS_VIEWER);
    static final Set<Role> TEAM_READERS = EnumSet.of(Role.TEAM_MANAGER, Role.ORG_ADMIN, Role.ANALYTICS_VIEWER);
    static final Set<Role> LEARNERS = EnumSet.of(Role.LEARNER, Role.TEACHER, Role.TEAM_MANAGER, Role.CONTENT_CREATOR,
            Role.ORG_ADMIN);
    static final Set<Role> ASSIGNERS = EnumSet.of(Role.TEACHER, Role.TEAM_MANAGER, Role.ORG_ADMIN);
    static final Set<Role> COURSEWORK_STAFF = EnumSet.of(Role.TEACHER, Role.ORG_ADMIN);
    static final Set<Role> CONTENT_AUTHORS = EnumSet.of(Role.TEACHER, Role.CONTENT_CREATOR, Role.ORG_ADMIN,
            Role.PLATFORM_ADMIN);
    static final Set<Role> TEST_STAFF = EnumSet.of(Role.TEACHER, Role.ORG_ADMIN);
    static final Set<Role> TEST_TAKERS = EnumSet.of(Role.LEARNER);
    static final Set<Role> SCHEDULE_READERS = EnumSet.of(Role.LEARNER, Role.TEACHER, Role.ORG_ADMIN);
    /** TESTS_TAKE or TESTS_MANAGE: a learner's own result, or their teacher's view of it. */
    static final Set<Role> RESULT_READERS = EnumSet.of(Role.LEARNER, Role.TEACHER, Role.ORG_ADMIN);

    record Cell(String route, String path, String body, MediaType type, boolean isPublic, Set<Role> allowed) {
    }

    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired ApplicationContext context;

    World world;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    final List<Cell> matrix = new ArrayList<>();

    @BeforeAll
    void signEveryRoleIn() throws Exception {
        world = data.world("matrix");
        for (Role role : TENANT_ROLES) {
            tokens.put(role, api.signIn(world.person(role)).accessToken());
        }
        tokens.put(Role.PLATFORM_ADMIN, api.signIn(data.platformAdmin()).accessToken());
        declare();
    }

    private void declare() {
        String id = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        // authentication: public routes
        pub("POST /api/v1/auth/register", "{\"email\":\"x-" + id + "@matrix.test\",\"password\":\"short\",\"displayName\":\"X\"}");
        pub("POST /api/v1/auth/login", "{\"email\":\"nobody-" + id + "@matrix.test\",\"password\":\"wrong password\"}");
        pub("POST /api/v1/auth/otp", "{\"email\":\"nobody-" + id + "@matrix.test\"}");
        pub("POST /api/v1/auth/refresh", "{\"refreshToken\":\"not-a-token\"}");
        pub("POST /api/v1/auth/logout", "{\"refreshToken\":\"not-a-token\"}");
        pub("POST /api/v1/auth/forgot-password", "{\"email\":\"nobody-" + id + "@matrix.test\"}");
        pub("POST /api/v1/auth/reset-password", "{\"token\":\"not-a-token\",\"password\":\"a long new password\"}");
        pub("GET /api/v1/auth/verify-email/{token}", "/api/v1/auth/verify-email/not-a-token", null);
        pub("POST /api/v1/auth/totp/enrolment", "{\"enrolmentToken\":\"not-a-token\"}");
        pub("POST /api/v1/auth/totp/enrolment/confirm", "{\"enrolmentToken\":\"not-a-token\",\"code\":\"123456\"}");
        pub("POST /api/v1/invitations/{token}/accept", "/api/v1/invitations/not-a-token/accept",
                "{\"password\":\"a long new password\"}");
        // authentication: signed-in routes
        cell("POST /api/v1/auth/switch-tenant", "{\"tenant\":\"" + world.slug() + "\"}", TENANT_ROLES);
        cell("POST /api/v1/auth/totp", null, ANY_ROLE);
        cell("POST /api/v1/auth/totp/confirm", "{\"code\":\"000000\"}", ANY_ROLE);
        cell("DELETE /api/v1/auth/totp", "{\"code\":\"000000\"}", ANY_ROLE);
        // users
        cell("GET /api/v1/users/me", null, ANY_ROLE);
        cell("PUT /api/v1/users/me", "{\"displayName\":\"Renamed\",\"locale\":\"en\",\"timeZone\":\"UTC\",\"visibility\":\"PRIVATE\"}", ANY_ROLE);
        cell("PUT /api/v1/users/me/avatar", "/api/v1/users/me/avatar", "{}", ANY_ROLE);
        cell("GET /api/v1/users/{id}", "/api/v1/users/" + id, null, ANY_ROLE);
        cell("GET /api/v1/users/{id}/avatar", "/api/v1/users/" + id + "/avatar", null, ANY_ROLE);
        // tenants
        cell("GET /api/v1/tenants", null, EnumSet.of(Role.PLATFORM_ADMIN));
        cell("POST /api/v1/tenants", "{\"slug\":\"m-" + id.substring(0, 8) + "\",\"name\":\"Matrix\",\"type\":\"SCHOOL\","
                + "\"selfRegistration\":false,\"adminEmail\":\"admin-" + id + "@matrix.test\",\"adminName\":\"Admin\"}",
                EnumSet.of(Role.PLATFORM_ADMIN));
        cell("PATCH /api/v1/tenants/{id}", "/api/v1/tenants/" + id, "{\"status\":\"SUSPENDED\"}",
                EnumSet.of(Role.PLATFORM_ADMIN));
        cell("GET /api/v1/tenants/current", null, TENANT_ROLES);
        cell("PATCH /api/v1/tenants/current", "{\"name\":\"Matrix school\",\"brandColor\":\"#1d4ed8\",\"features\":[],"
                + "\"retentionDays\":730,\"selfRegistration\":false}", ORG_ADMIN);
        // members
        cell("GET /api/v1/members", null, MEMBER_READERS);
        cell("POST /api/v1/members", "{\"email\":\"new-" + id + "@matrix.test\",\"displayName\":\"New\",\"roles\":[\"learner\"]}", ORG_ADMIN);
        cell("GET /api/v1/members/{id}", "/api/v1/members/" + id, null, MEMBER_READERS);
        cell("PATCH /api/v1/members/{id}", "/api/v1/members/" + id, "{\"roles\":[\"learner\"]}", ORG_ADMIN);
        cell("DELETE /api/v1/members/{id}", "/api/v1/members/" + id, null, ORG_ADMIN);
        matrix.add(new Cell("POST /api/v1/members/imports", "/api/v1/members/imports?dryRun=true",
                "email,name,roles\n", MediaType.parseMediaType("text/csv"), false, ORG_ADMIN));
        // classes
        cell("GET /api/v1/classes", null, CLASS_READERS);
        cell("POST /api/v1/classes", "{\"name\":\"Matrix class\"}", ORG_ADMIN);
        cell("GET /api/v1/classes/{id}", "/api/v1/classes/" + id, null, CLASS_READERS);
        cell("PATCH /api/v1/classes/{id}", "/api/v1/classes/" + id, "{\"name\":\"Renamed\"}", ORG_ADMIN);
        cell("DELETE /api/v1/classes/{id}", "/api/v1/classes/" + id, null, ORG_ADMIN);
        cell("POST /api/v1/classes/{id}/members", "/api/v1/classes/" + id + "/members",
                "{\"userId\":\"" + other + "\",\"role\":\"LEARNER\"}", ORG_ADMIN);
        cell("DELETE /api/v1/classes/{id}/members/{userId}", "/api/v1/classes/" + id + "/members/" + other, null,
                ORG_ADMIN);
        // teams
        cell("GET /api/v1/teams", null, TEAM_READERS);
        cell("POST /api/v1/teams", "{\"name\":\"Matrix team\"}", ORG_ADMIN);
        cell("GET /api/v1/teams/{id}", "/api/v1/teams/" + id, null, TEAM_READERS);
        cell("PATCH /api/v1/teams/{id}", "/api/v1/teams/" + id, "{\"name\":\"Renamed\"}", ORG_ADMIN);
        cell("DELETE /api/v1/teams/{id}", "/api/v1/teams/" + id, null, ORG_ADMIN);
        cell("POST /api/v1/teams/{id}/members", "/api/v1/teams/" + id + "/members", "{\"userId\":\"" + other + "\"}",
                ORG_ADMIN);
        cell("DELETE /api/v1/teams/{id}/members/{userId}", "/api/v1/teams/" + id + "/members/" + other, null,
                ORG_ADMIN);
        // parent–child links: listing and confirming are checked per link (own links, or admin)
        cell("GET /api/v1/guardian-links", null, TENANT_ROLES);
        cell("POST /api/v1/guardian-links", "{\"childEmail\":\"" + world.secondLearner().email() + "\"}",
                EnumSet.of(Role.PARENT, Role.ORG_ADMIN));
        cell("POST /api/v1/guardian-links/{id}/confirm", "/api/v1/guardian-links/" + id + "/confirm", null, ANY_ROLE);
        cell("DELETE /api/v1/guardian-links/{id}", "/api/v1/guardian-links/" + id, null, ANY_ROLE);
        // invitations
        cell("GET /api/v1/invitations", null, ORG_ADMIN);
        cell("POST /api/v1/invitations", "{\"email\":\"invite-" + id + "@matrix.test\",\"displayName\":\"Invitee\","
                + "\"roles\":[\"learner\"]}", ORG_ADMIN);
        cell("DELETE /api/v1/invitations/{id}", "/api/v1/invitations/" + id, null, ORG_ADMIN);
        // audit log
        cell("GET /api/v1/audit-events", null, ORG_ADMIN);
        // catalog: everyone reads published courses; content authors author
        declareCatalog(id, other);
        declareItemBanks(id, other);
        // mastery: the concept graph; learners, class readers and item or test staff read it, CONCEPTS_MANAGE imports
        Set<Role> conceptReaders = EnumSet.of(Role.LEARNER, Role.TEACHER, Role.CONTENT_CREATOR, Role.ORG_ADMIN,
                Role.PLATFORM_ADMIN);
        Set<Role> conceptManagers = EnumSet.of(Role.TEACHER, Role.CONTENT_CREATOR, Role.ORG_ADMIN,
                Role.PLATFORM_ADMIN);
        cell("GET /api/v1/concepts", null, conceptReaders);
        cell("GET /api/v1/concepts/{key}", "/api/v1/concepts/matrix.unknown-" + id, null, conceptReaders);
        cell("GET /api/v1/concepts/export", "/api/v1/concepts/export?format=json", null, conceptManagers);
        matrix.add(new Cell("POST /api/v1/concepts/imports", "/api/v1/concepts/imports?format=json&dryRun=true",
                "{\"concepts\":[],\"prerequisites\":[]}", MediaType.APPLICATION_JSON, false, conceptManagers));
        declareKnowledgeState(id);
        // learning: enrollments, progress, course assignments and group progress
        cell("POST /api/v1/courses/{id}/enrollments", "/api/v1/courses/" + id + "/enrollments", "{}", LEARNERS);
        cell("GET /api/v1/enrollments", null, LEARNERS);
        cell("GET /api/v1/enrollments/{id}", "/api/v1/enrollments/" + id, null, LEARNERS);
        cell("DELETE /api/v1/enrollments/{id}", "/api/v1/enrollments/" + id, null, LEARNERS);
        cell("PUT /api/v1/enrollments/{id}/deadline", "/api/v1/enrollments/" + id + "/deadline", "{}", LEARNERS);
        cell("POST /api/v1/courses/{id}/grants", "/api/v1/courses/" + id + "/grants", "{\"userId\":\"" + other + "\"}",
                ORG_ADMIN);
        cell("POST /api/v1/courses/{id}/lessons/{lessonId}/progress",
                "/api/v1/courses/" + id + "/lessons/" + other + "/progress", "{\"event\":\"heartbeat\",\"seconds\":5}",
                LEARNERS);
        cell("POST /api/v1/course-assignments", "{\"classId\":\"" + id + "\",\"courseId\":\"" + other
                + "\",\"dueAt\":\"2099-01-01T00:00:00Z\"}", ASSIGNERS);
        cell("GET /api/v1/course-assignments", null, ASSIGNERS);
        cell("POST /api/v1/course-assignments/{id}/sync", "/api/v1/course-assignments/" + id + "/sync", null,
                ASSIGNERS);
        cell("GET /api/v1/classes/{id}/progress", "/api/v1/classes/" + id + "/progress", null, ASSIGNERS);
        cell("GET /api/v1/teams/{id}/progress", "/api/v1/teams/" + id + "/progress", null, ASSIGNERS);
        // coursework: assignments, hand-ins, files, grading and release (learners hand in, staff grade)
        String assignment = "{\"title\":\"Matrix\",\"submissionTypes\":[\"TEXT\"],\"maxPoints\":10,"
                + "\"dueAt\":\"2099-01-01T00:00:00Z\",\"published\":true}";
        cell("GET /api/v1/courses/{courseId}/assignments", "/api/v1/courses/" + id + "/assignments", null, LEARNERS);
        cell("POST /api/v1/courses/{courseId}/assignments", "/api/v1/courses/" + id + "/assignments", assignment,
                COURSEWORK_STAFF);
        cell("GET /api/v1/assignments", null, LEARNERS);
        cell("GET /api/v1/assignments/{id}", "/api/v1/assignments/" + id, null, LEARNERS);
        cell("PATCH /api/v1/assignments/{id}", "/api/v1/assignments/" + id, "{\"title\":\"Renamed\"}",
                COURSEWORK_STAFF);
        cell("DELETE /api/v1/assignments/{id}", "/api/v1/assignments/" + id, null, COURSEWORK_STAFF);
        cell("PUT /api/v1/assignments/{id}/submission", "/api/v1/assignments/" + id + "/submission",
                "{\"type\":\"TEXT\",\"text\":\"My work\"}", LEARNERS);
        matrix.add(new Cell("POST /api/v1/assignments/{id}/submission/file",
                "/api/v1/assignments/" + id + "/submission/file",
                "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"work.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\nMy work\r\n--matrix--\r\n",
                MediaType.parseMediaType("multipart/form-data; boundary=matrix"), false, LEARNERS));
        cell("GET /api/v1/assignments/{id}/submission", "/api/v1/assignments/" + id + "/submission", null, LEARNERS);
        cell("GET /api/v1/assignments/{id}/submissions", "/api/v1/assignments/" + id + "/submissions", null,
                COURSEWORK_STAFF);
        cell("POST /api/v1/assignments/{id}/releases", "/api/v1/assignments/" + id + "/releases", null,
                COURSEWORK_STAFF);
        cell("GET /api/v1/submissions/{id}", "/api/v1/submissions/" + id, null, LEARNERS);
        cell("GET /api/v1/submissions/{id}/file", "/api/v1/submissions/" + id + "/file", null, LEARNERS);
        cell("PUT /api/v1/submissions/{id}/grade", "/api/v1/submissions/" + id + "/grade", "{\"points\":5}",
                COURSEWORK_STAFF);
        cell("POST /api/v1/submissions/{id}/release", "/api/v1/submissions/" + id + "/release", null,
                COURSEWORK_STAFF);
        declareResultsAndGrading(id, other);
        declareTestsAndAttempts(id, other);
        // mastery planning: a learner's own plan (MASTERY_LEARN)
        Set<Role> masteryLearners = EnumSet.of(Role.LEARNER);
        cell("GET /api/v1/mastery/visible-concepts", null, masteryLearners);
        cell("GET /api/v1/mastery/recommendations", "/api/v1/mastery/recommendations?limit=5", null, masteryLearners);
        cell("GET /api/v1/mastery/weak-spots", "/api/v1/mastery/weak-spots?limit=5", null, masteryLearners);
        cell("GET /api/v1/mastery/path", "/api/v1/mastery/path?goal=course:" + id, null, masteryLearners);
        cell("GET /api/v1/mastery/phase", null, masteryLearners);
        cell("GET /api/v1/mastery/prediction", null, masteryLearners);
        declareWeeklyTests();
        declareDiagnosticsAndReviews(id, other);
        // last: it ends the caller's sessions
        cell("POST /api/v1/auth/logout-all", null, ANY_ROLE);
    }

    // assessment: staff build and schedule tests, learners take them
    private void declareTestsAndAttempts(String id, String other) {
        String quiz = "{\"title\":\"Matrix\",\"kind\":\"practice\",\"sections\":[{\"title\":\"A\",\"items\":[\""
                + other + "\"]}]}";
        String attempt = "/api/v1/attempts/" + id;
        cell("POST /api/v1/quizzes", quiz, TEST_STAFF);
        cell("GET /api/v1/quizzes", null, TEST_STAFF);
        cell("GET /api/v1/quizzes/{id}", "/api/v1/quizzes/" + id, null, TEST_STAFF);
        cell("PUT /api/v1/quizzes/{id}", "/api/v1/quizzes/" + id, quiz, TEST_STAFF);
        cell("DELETE /api/v1/quizzes/{id}", "/api/v1/quizzes/" + id, null, TEST_STAFF);
        cell("POST /api/v1/quizzes/{id}/schedules", "/api/v1/quizzes/" + id + "/schedules", "{\"classId\":\""
                + world.classId() + "\",\"opensAt\":\"2099-01-01T00:00:00Z\",\"closesAt\":\"2099-01-02T00:00:00Z\"}",
                TEST_STAFF);
        cell("GET /api/v1/schedules/{id}", "/api/v1/schedules/" + id, null, SCHEDULE_READERS);
        cell("GET /api/v1/schedules/{id}/board", "/api/v1/schedules/" + id + "/board", null, TEST_STAFF);
        cell("POST /api/v1/quizzes/{id}/attempts", "/api/v1/quizzes/" + id + "/attempts", null, TEST_TAKERS);
        cell("POST /api/v1/schedules/{id}/attempts", "/api/v1/schedules/" + id + "/attempts", null, TEST_TAKERS);
        cell("GET /api/v1/attempts/{id}", attempt, null, TEST_TAKERS);
        cell("GET /api/v1/attempts/{id}/paper", attempt + "/paper", null, TEST_TAKERS);
        cell("PUT /api/v1/attempts/{id}/answers/{slot}", attempt + "/answers/q1",
                "{\"response\":{\"choice\":\"a\"},\"seq\":1}", TEST_TAKERS);
        cell("POST /api/v1/attempts/{id}/answers/batch", attempt + "/answers/batch", "{\"answers\":[]}", TEST_TAKERS);
        cell("POST /api/v1/attempts/{id}/submit", attempt + "/submit", null, TEST_TAKERS);
        cell("POST /api/v1/attempts/{id}/heartbeat", attempt + "/heartbeat", "{\"online\":true}", TEST_TAKERS);
        cell("POST /api/v1/attempts/{id}/sections/{index}/finish", attempt + "/sections/0/finish", null, TEST_TAKERS);
    }

    private void declareCatalog(String id, String other) {
        String course = "/api/v1/authoring/courses/" + id;
        String slug = "matrix-" + id.substring(0, 8);
        String courseBody = "{\"slug\":\"" + slug + "\",\"defaultLocale\":\"en\",\"title\":{\"en\":\"Matrix\"},"
                + "\"level\":\"BEGINNER\",\"category\":\"Testing\",\"estimatedHours\":1,\"paid\":false,"
                + "\"enrollment\":\"OPEN\"}";
        String title = "{\"title\":{\"en\":\"Matrix\"}}";
        String lessonBody = "{\"title\":{\"en\":\"Matrix\"},\"kind\":\"CONCEPT_INTRO\",\"estimatedMinutes\":5}";
        String block = "{\"type\":\"markdown\",\"text\":{\"en\":\"Matrix\"}}";
        String order = "{\"ids\":[\"" + other + "\"],\"expectedVersion\":0}";
        cell("GET /api/v1/courses", null, ANY_ROLE);
        cell("GET /api/v1/courses/{id}", "/api/v1/courses/" + id, null, ANY_ROLE);
        cell("GET /api/v1/courses/{id}/lessons/{lessonId}", "/api/v1/courses/" + id + "/lessons/" + other, null,
                ANY_ROLE);
        cell("GET /api/v1/courses/{id}/assets/{name}", "/api/v1/courses/" + id + "/assets/x.png", null, ANY_ROLE);
        cell("GET /api/v1/tracks", null, ANY_ROLE);
        cell("GET /api/v1/domains", null, ANY_ROLE);
        cell("GET /api/v1/authoring/courses", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses", courseBody, CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}", course, null, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}", course, courseBody, CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}", course, null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/publish", course + "/publish", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/unpublish", course + "/unpublish", null, CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/preview", course + "/preview", null, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/enrollment-key", course + "/enrollment-key",
                "{\"key\":\"matrix key\"}", CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}/enrollment-key", course + "/enrollment-key", null,
                CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/export", course + "/export", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/course-imports", "/api/v1/authoring/course-imports?dryRun=true", "{}",
                CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/modules", course + "/modules", title, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/modules/{moduleId}", course + "/modules/" + other, title,
                CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}/modules/{moduleId}", course + "/modules/" + other, null,
                CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/modules/order", course + "/modules/order", order, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/modules/{moduleId}/lessons", course + "/modules/" + other
                + "/lessons", lessonBody, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/modules/{moduleId}/lessons/order", course + "/modules/" + other
                + "/lessons/order", order, CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/lessons/{lessonId}", course + "/lessons/" + other, null,
                CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}", course + "/lessons/" + other, lessonBody,
                CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}/lessons/{lessonId}", course + "/lessons/" + other, null,
                CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/lessons/{lessonId}/preview", course + "/lessons/" + other
                + "/preview", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks", course + "/lessons/" + other
                + "/blocks", block, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/{blockId}", course + "/lessons/" + other
                + "/blocks/" + other, block, CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/{blockId}", course + "/lessons/"
                + other + "/blocks/" + other, null, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/courses/{id}/lessons/{lessonId}/blocks/order", course + "/lessons/" + other
                + "/blocks/order", order, CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/assets", course + "/assets", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/courses/{id}/assets", course + "/assets", "{}", CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/courses/{id}/assets/{name}", course + "/assets/x.png", null, CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/courses/{id}/assets/{name}", course + "/assets/x.png", null,
                CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/domains", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/domains", "{\"slug\":\"" + slug + "\",\"defaultLocale\":\"en\","
                + "\"title\":{\"en\":\"Matrix\"}}", CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/domains/{id}", "/api/v1/authoring/domains/" + id, "{\"slug\":\"" + slug
                + "\",\"title\":{\"en\":\"Matrix\"}}", CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/domains/{id}", "/api/v1/authoring/domains/" + id, null, CONTENT_AUTHORS);
        cell("GET /api/v1/authoring/tracks", null, CONTENT_AUTHORS);
        cell("POST /api/v1/authoring/tracks", "{\"slug\":\"" + slug + "\",\"defaultLocale\":\"en\","
                + "\"title\":{\"en\":\"Matrix\"}}", CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/tracks/{id}", "/api/v1/authoring/tracks/" + id, "{\"slug\":\"" + slug
                + "\",\"title\":{\"en\":\"Matrix\"}}", CONTENT_AUTHORS);
        cell("DELETE /api/v1/authoring/tracks/{id}", "/api/v1/authoring/tracks/" + id, null, CONTENT_AUTHORS);
        cell("PUT /api/v1/authoring/tracks/{id}/order", "/api/v1/authoring/tracks/" + id + "/order", order,
                CONTENT_AUTHORS);
    }

    // assessment: results, the grading queue, overrides and item analysis
    private void declareResultsAndGrading(String id, String other) {
        cell("GET /api/v1/attempts/{id}/result", "/api/v1/attempts/" + id + "/result", null, RESULT_READERS);
        cell("PUT /api/v1/attempts/{id}/items/{slot}/score", "/api/v1/attempts/" + id + "/items/q1/score",
                "{\"fraction\":1}", TEST_STAFF);
        cell("GET /api/v1/schedules/{id}/results", "/api/v1/schedules/" + id + "/results", null, TEST_STAFF);
        cell("GET /api/v1/schedules/{id}/results.csv", "/api/v1/schedules/" + id + "/results.csv", null, TEST_STAFF);
        cell("GET /api/v1/schedules/{id}/item-analysis", "/api/v1/schedules/" + id + "/item-analysis", null,
                TEST_STAFF);
        cell("POST /api/v1/schedules/{id}/item-analysis/statistics", "/api/v1/schedules/" + id
                + "/item-analysis/statistics", null, TEST_STAFF);
        cell("GET /api/v1/grading/tasks", "/api/v1/grading/tasks?schedule=" + other, null, TEST_STAFF);
        cell("GET /api/v1/grading/tasks/{id}", "/api/v1/grading/tasks/" + id, null, TEST_STAFF);
        cell("PUT /api/v1/grading/tasks/{id}", "/api/v1/grading/tasks/" + id, "{\"fraction\":1}", TEST_STAFF);
    }

    // item banks: ITEM_BANK_MANAGE writes; it or TESTS_MANAGE reads (the same roles today)
    private void declareItemBanks(String id, String other) {
        Set<Role> bankStaff = EnumSet.of(Role.TEACHER, Role.CONTENT_CREATOR, Role.ORG_ADMIN, Role.PLATFORM_ADMIN);
        String bank = "/api/v1/item-banks/" + id;
        String item = "{\"type\":\"true-false\",\"body\":{\"prompt\":\"Matrix\",\"answer\":true}}";
        cell("GET /api/v1/item-banks", null, bankStaff);
        cell("POST /api/v1/item-banks", "{\"name\":\"Matrix bank\"}", bankStaff);
        cell("GET /api/v1/item-banks/{id}", bank, null, bankStaff);
        cell("PUT /api/v1/item-banks/{id}", bank, "{\"name\":\"Renamed\"}", bankStaff);
        cell("DELETE /api/v1/item-banks/{id}", bank, null, bankStaff);
        cell("GET /api/v1/item-banks/{id}/categories", bank + "/categories", null, bankStaff);
        cell("POST /api/v1/item-banks/{id}/categories", bank + "/categories", "{\"name\":\"Matrix\"}", bankStaff);
        cell("PUT /api/v1/item-banks/{id}/categories/{categoryId}", bank + "/categories/" + other,
                "{\"name\":\"Matrix\"}", bankStaff);
        cell("DELETE /api/v1/item-banks/{id}/categories/{categoryId}", bank + "/categories/" + other, null,
                bankStaff);
        cell("GET /api/v1/item-banks/{id}/items", bank + "/items", null, bankStaff);
        cell("POST /api/v1/item-banks/{id}/items", bank + "/items", item, bankStaff);
        cell("GET /api/v1/items/{id}", "/api/v1/items/" + id, null, bankStaff);
        cell("PUT /api/v1/items/{id}", "/api/v1/items/" + id, item, bankStaff);
        cell("DELETE /api/v1/items/{id}", "/api/v1/items/" + id, null, bankStaff);
        cell("POST /api/v1/items/{id}/preview", "/api/v1/items/" + id + "/preview", "{\"seed\":1}", bankStaff);
        cell("GET /api/v1/item-types", null, bankStaff);
        matrix.add(new Cell("POST /api/v1/item-banks/{id}/imports", bank + "/imports?format=gift&dryRun=true",
                "Matrix {T}", MediaType.TEXT_PLAIN, false, bankStaff));
        cell("GET /api/v1/item-banks/{id}/exports", bank + "/exports?format=gift", null, bankStaff);
        cell("GET /api/v1/quizzes/{id}/exports", "/api/v1/quizzes/" + id + "/exports?format=qti21", null,
                EnumSet.of(Role.TEACHER, Role.ORG_ADMIN));
    }

    // mastery: a learner's own knowledge state (MASTERY_LEARN); a learner of one's classes (MASTERY_CLASS_READ)
    private void declareKnowledgeState(String id) {
        Set<Role> masteryLearners = EnumSet.of(Role.LEARNER);
        cell("GET /api/v1/mastery/concepts", null, masteryLearners);
        cell("GET /api/v1/mastery/concepts/{key}", "/api/v1/mastery/concepts/physics.matrix", null, masteryLearners);
        cell("GET /api/v1/mastery/due", "/api/v1/mastery/due?limit=5", null, masteryLearners);
        cell("GET /api/v1/mastery/standing", null, masteryLearners);
        cell("PUT /api/v1/mastery/exam-date", "{\"examDate\":null}", masteryLearners);
        cell("GET /api/v1/mastery/learners/{id}/concepts", "/api/v1/mastery/learners/" + id + "/concepts", null,
                EnumSet.of(Role.TEACHER, Role.ORG_ADMIN));
    }

    // mastery: the weekly adaptive test is the signed-in learner's own (MASTERY_LEARN)
    private void declareWeeklyTests() {
        Set<Role> masteryLearners = EnumSet.of(Role.LEARNER);
        cell("GET /api/v1/mastery/weekly-test", null, masteryLearners);
        cell("POST /api/v1/mastery/weekly-test", null, masteryLearners);
    }

    private void pub(String route, String body) {
        pub(route, route.substring(route.indexOf(' ') + 1), body);
    }

    private void pub(String route, String path, String body) {
        matrix.add(new Cell(route, path, body, MediaType.APPLICATION_JSON, true, ANY_ROLE));
    }

    // mastery: only a learner takes the diagnostic and reviews, as themself
    private void declareDiagnosticsAndReviews(String id, String other) {
        String answer = "{\"item\":\"" + other + "\",\"response\":{\"choice\":\"a\"},\"sequence\":1}";
        cell("POST /api/v1/diagnostics", "{\"subject\":\"matrix-none\"}", MASTERY_LEARNERS);
        cell("GET /api/v1/diagnostics", null, MASTERY_LEARNERS);
        cell("GET /api/v1/diagnostics/{id}", "/api/v1/diagnostics/" + id, null, MASTERY_LEARNERS);
        cell("POST /api/v1/diagnostics/{id}/answers", "/api/v1/diagnostics/" + id + "/answers", answer,
                MASTERY_LEARNERS);
        cell("POST /api/v1/reviews", null, MASTERY_LEARNERS);
        cell("GET /api/v1/reviews/{id}", "/api/v1/reviews/" + id, null, MASTERY_LEARNERS);
        cell("POST /api/v1/reviews/{id}/answers", "/api/v1/reviews/" + id + "/answers", answer, MASTERY_LEARNERS);
    }

    static final Set<Role> MASTERY_LEARNERS = EnumSet.of(Role.LEARNER);

    private void cell(String route, String body, Set<Role> allowed) {
        cell(route, route.substring(route.indexOf(' ') + 1), body, allowed);
    }

    private void cell(String route, String path, String body, Set<Role> allowed) {
        matrix.add(new Cell(route, path, body, MediaType.APPLICATION_JSON, false, allowed));
    }

    @Test
    void everyRouteIsDeclared() {
        Set<String> declared = new TreeSet<>(matrix.stream().map(Cell::route).toList());
        assertThat(declared).containsExactlyInAnyOrderElementsOf(ApiEndpoints.all(context));
    }

    @Test
    void anonymousCallersReachOnlyPublicRoutes() throws Exception {
        for (Cell cell : matrix) {
            MvcResult result = call(cell, null);
            String code = code(result);
            if (cell.isPublic()) {
                assertThat(code).as("%s anonymously", cell.route()).isNotEqualTo("authentication-required");
                assertThat(result.getResponse().getStatus()).as("%s anonymously", cell.route()).isNotEqualTo(403);
            } else {
                assertThat(result.getResponse().getStatus()).as("%s anonymously", cell.route()).isEqualTo(401);
                assertThat(code).isEqualTo("authentication-required");
            }
        }
    }

    @Test
    void everyRoleIsAllowedOrDeniedAsDeclared() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Cell cell : matrix) {
                if (cell.isPublic()) {
                    continue;
                }
                MvcResult result = call(cell, tokens.get(role));
                int status = result.getResponse().getStatus();
                boolean allowed = cell.allowed().contains(role);
                if (allowed && (status == 401 || status == 403)) {
                    wrong.add(cell.route() + " as " + role.code() + ": expected allowed, got " + status + " "
                            + code(result));
                } else if (!allowed && status != 403) {
                    wrong.add(cell.route() + " as " + role.code() + ": expected 403, got " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private MvcResult call(Cell cell, String token) throws Exception {
        var builder = request(HttpMethod.valueOf(cell.route().substring(0, cell.route().indexOf(' '))), cell.path());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (cell.body() != null) {
            builder.contentType(cell.type()).content(cell.body());
        }
        return mvc.perform(builder).andReturn();
    }

    private String code(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        if (body.isBlank() || !body.startsWith("{")) {
            return "";
        }
        JsonNode node = json.readTree(body);
        return node.has("code") ? node.get("code").asString() : "";
    }
}
