package org.vidya.mastery.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptGraded;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemOutcome;
import org.vidya.assessment.QuizId;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.VidyaPrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.mastery.MasteryChanged;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.AtOnce;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/**
 * The knowledge state through the application: graded attempts published as the assessment
 * module publishes them, applied once each, regrades replayed, the due queue, explanations, the
 * exam date, and who may read whose state.
 */
@ApiTest
@EnableScenarios
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KnowledgeApiTests {

    static final String KINEMATICS = "physics.kinematics";
    static final String VECTORS = "physics.vectors";
    static final String OPTICS = "physics.optics";

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired KnowledgeService knowledge;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ConceptGraphService graphs;

    World world;
    String teacher;
    String otherTeacher;
    String admin;

    @BeforeAll
    void aSchool() {
        world = data.world("mastery");
        // Each staff member signs in once: an authenticator code is good for one sign-in.
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        otherTeacher = api.signIn(data.member(world.tenant(), Role.TEACHER)).accessToken();
        admin = api.signIn(world.person(Role.ORG_ADMIN)).accessToken();
    }

    Person learnerInClass() {
        Person learner = data.member(world.tenant(), Role.LEARNER);
        data.inClass(world.tenant(), world.classId(), learner, ClassMember.ClassRole.LEARNER);
        return learner;
    }

    static ItemOutcome item(String concept, double fraction, String difficulty) {
        return new ItemOutcome(ItemId.random(), "multiple-choice", concept, List.of(), difficulty, fraction, true,
                BigDecimal.valueOf(fraction), BigDecimal.ONE, 20_000);
    }

    AttemptGraded graded(Person learner, AttemptId attempt, boolean regrade, List<ItemOutcome> items) {
        return new AttemptGraded(attempt, learner.id(), QuizId.random(), null, BigDecimal.ONE,
                BigDecimal.valueOf(items.size()), items, regrade, world.tenant().id(), clock.instant());
    }

    /** Publishes the event in a committed transaction of the learner's tenant, as grading does. */
    void publish(AttemptGraded event) {
        Tenancy.runAs(event.tenant(), () -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> publisher.publishEvent(event)));
    }

    Map<String, JsonNode> concepts(String token) {
        Api.Response response = api.get("/api/v1/mastery/concepts", token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> byKey = new HashMap<>();
        response.json().forEach(c -> byKey.put(c.path("concept").asString(), c));
        return byKey;
    }

    JsonNode awaitConcept(String token, String concept, int attempts) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> concepts(token).get(concept),
                        c -> c != null && c.path("attempts").asInt() == attempts);
    }

    @Test
    void aGradedAttemptBecomesEvidenceOnItsConcepts() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();

        publish(graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "HARD"),
                item(KINEMATICS, 1.0, "MEDIUM"), item(OPTICS, 0.0, "EASY"))));

        JsonNode kinematics = awaitConcept(token, KINEMATICS, 2);
        assertThat(kinematics.path("correct").asInt()).isEqualTo(2);
        assertThat(kinematics.path("nextReview").isNull()).isFalse();
        JsonNode optics = awaitConcept(token, OPTICS, 1);
        assertThat(optics.path("correct").asInt()).isZero();
        assertThat(kinematics.path("mastery").asDouble()).isGreaterThan(optics.path("mastery").asDouble());
        JsonNode standing = api.get("/api/v1/mastery/standing", token).json();
        assertThat(standing.path("conceptsWithEvidence").asInt()).isEqualTo(2);
        assertThat(standing.path("thetaStandardError").asDouble()).isLessThan(1.0);
    }

    @Test
    void publishesMasteryChangedWithEachConceptBeforeAndAfter(Scenario scenario) {
        Person learner = learnerInClass();
        AttemptGraded event = graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM")));

        scenario.stimulate(() -> publish(event))
                .andWaitForEventOfType(MasteryChanged.class)
                .matching(e -> e.learner().equals(learner.id()))
                .toArriveAndVerify(changed -> {
                    assertThat(changed.source()).isEqualTo(EvidenceSource.TEST);
                    assertThat(changed.tenant()).isEqualTo(world.tenant().id());
                    assertThat(changed.changes()).singleElement().satisfies(change -> {
                        assertThat(change.concept()).isEqualTo(KINEMATICS);
                        assertThat(change.after()).isGreaterThan(change.before());
                    });
                });
    }

    @Test
    void aRightAnswerIsEvidenceForThePrerequisitesOfItsConcept() {
        String vectors = "transfer.vectors";
        String projectile = "transfer.projectile";
        importGraph("""
                {"concepts": [
                  {"key": "transfer.vectors", "name": "Vectors", "subject": "physics", "layer": 1, "difficulty": 2, "examWeight": 0.02},
                  {"key": "transfer.projectile", "name": "Projectile motion", "subject": "physics", "layer": 2, "difficulty": 3, "examWeight": 0.03}],
                 "prerequisites": [
                  {"concept": "transfer.projectile", "prerequisite": "transfer.vectors", "weight": 0.9, "kind": "HARD", "transfer": 0.5}]}
                """);
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();

        publish(graded(learner, AttemptId.random(), false, List.of(item(projectile, 1.0, "HARD"))));

        awaitConcept(token, projectile, 1);
        JsonNode carried = concepts(token).get(vectors);
        assertThat(carried).isNotNull();
        assertThat(carried.path("attempts").asInt()).isZero();
        assertThat(carried.path("nextReview").isNull()).isTrue();
        List<String> codes = new ArrayList<>();
        api.get("/api/v1/mastery/concepts/" + vectors, token).json().path("reasons")
                .forEach(r -> codes.add(r.path("code").asString()));
        assertThat(codes).contains("mastery.reason.evidence.carried-only", "mastery.reason.evidence.transfer");

        publish(graded(learner, AttemptId.random(), false, List.of(item(projectile, 0.0, "EASY"))));
        awaitConcept(token, projectile, 2);
        assertThat(concepts(token).get(vectors).path("mastery").asDouble())
                .isEqualTo(carried.path("mastery").asDouble());
    }

    /** Imports a concept graph into the school as its teacher would. */
    void importGraph(String json) {
        VidyaPrincipal principal = world.person(Role.TEACHER).principal();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.authorities()));
        try {
            Tenancy.runAs(world.tenant().id(), () -> graphs.importFile("json",
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8), false));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anAttemptDeliveredTwiceIsAppliedOnce() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        AttemptGraded event = graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM")));

        publish(event);
        awaitConcept(token, KINEMATICS, 1);
        knowledge.applyAttempt(event.tenant(), learner.id(), event.attempt().value(), List.of(
                new org.vidya.mastery.Observation(null, KINEMATICS, List.of(), 0, 1, 1, event.occurredAt(), 1)),
                false);

        assertThat(concepts(token).get(KINEMATICS).path("attempts").asInt()).isEqualTo(1);
        assertThat(data.jdbc().queryForObject("select count(*) from mastery_response where source_id = ?",
                Integer.class, event.attempt().value())).isEqualTo(1);
    }

    @Test
    void aRegradeReplacesTheAttemptsAnswersAndRebuildsTheLearner() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        AttemptId attempt = AttemptId.random();
        publish(graded(learner, attempt, false, List.of(item(KINEMATICS, 0.0, "MEDIUM"))));
        double wrong = awaitConcept(token, KINEMATICS, 1).path("mastery").asDouble();

        publish(graded(learner, attempt, true, List.of(item(KINEMATICS, 1.0, "MEDIUM"))));

        JsonNode regraded = Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> concepts(token).get(KINEMATICS), c -> c.path("correct").asInt() == 1);
        assertThat(regraded.path("attempts").asInt()).isEqualTo(1);
        assertThat(regraded.path("mastery").asDouble()).isGreaterThan(wrong);
        assertThat(data.jdbc().queryForObject("select count(*) from mastery_response where source_id = ?",
                Integer.class, attempt.value())).isEqualTo(1);
    }

    @Test
    void twoAttemptsOfOneLearnerAtOnceLoseNoEvidence() throws Exception {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        int callers = 6;
        AtomicInteger next = new AtomicInteger();
        Instant at = clock.instant();

        try (AtOnce atOnce = new AtOnce(callers)) {
            atOnce.run(() -> {
                int n = next.incrementAndGet();
                knowledge.applyAttempt(world.tenant().id(), learner.id(), AttemptId.random().value(), List.of(
                        new org.vidya.mastery.Observation(ItemId.random(), KINEMATICS, List.of(), 0, 1, n % 2,
                                at.plusMillis(n), 1_000)), false);
                return n;
            });
        }

        JsonNode kinematics = concepts(token).get(KINEMATICS);
        assertThat(kinematics.path("attempts").asInt()).isEqualTo(callers);
        assertThat(kinematics.path("correct").asInt()).isEqualTo(callers / 2);
        assertThat(data.jdbc().queryForObject("select count(*) from mastery_learner where learner_id = ?",
                Integer.class, learner.id().value())).isEqualTo(1);
    }

    @Test
    void theDueQueueListsConceptsPastTheirReviewWeakestFirst() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        publish(graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM"),
                item(KINEMATICS, 1.0, "MEDIUM"), item(OPTICS, 0.0, "MEDIUM"), item(VECTORS, 1.0, "EASY"))));
        awaitConcept(token, VECTORS, 1);
        assertThat(api.get("/api/v1/mastery/due", token).json().path("reviews")).isEmpty();

        clock.advance(Duration.ofDays(400));
        try {
            // Access tokens are short-lived: sign in again in the future.
            String later = api.signIn(learner).accessToken();
            JsonNode due = api.get("/api/v1/mastery/due?limit=2", later).json().path("reviews");
            assertThat(due).hasSize(2);
            assertThat(due.get(0).path("concept").asString()).isEqualTo(OPTICS);
            assertThat(due.get(0).path("mastery").asDouble()).isLessThanOrEqualTo(due.get(1).path("mastery")
                    .asDouble());
            assertThat(due.get(0).path("recall").asDouble()).isBetween(0.0, 0.9);
            assertThat(api.get("/api/v1/mastery/due", later).json().path("reviews")).hasSize(3);
        } finally {
            clock.reset();
        }
    }

    @Test
    void theDueLimitIsBounded() {
        String token = api.signIn(learnerInClass()).accessToken();

        api.get("/api/v1/mastery/due?limit=0", token).isInvalid("limit");
        api.get("/api/v1/mastery/due?limit=101", token).isInvalid("limit");
    }

    @Test
    void aConceptComesWithTheEvidenceBehindItsMastery() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        publish(graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM"),
                item(KINEMATICS, 0.0, "MEDIUM"), item(KINEMATICS, 1.0, "HARD"))));
        awaitConcept(token, KINEMATICS, 3);

        Api.Response response = api.get("/api/v1/mastery/concepts/" + KINEMATICS, token);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Map<String, String> messages = new HashMap<>();
        response.json().path("reasons").forEach(r -> {
            codes.add(r.path("code").asString());
            messages.put(r.path("code").asString(), r.path("message").asString());
        });
        assertThat(codes).contains("mastery.reason.evidence.answers", "mastery.reason.evidence.recall",
                "mastery.reason.evidence.last-practice", "mastery.reason.right");
        assertThat(messages.get("mastery.reason.evidence.answers")).isEqualTo("2 of 3 answers right");
        assertThat(messages.get("mastery.reason.evidence.last-practice")).isEqualTo("Last practised today");
        assertThat(response.json().path("knowledge").path("mastery").asDouble()).isBetween(0.0, 1.0);
        api.get("/api/v1/mastery/concepts/" + OPTICS, token).isProblem(404, "concept-not-found");
    }

    @Test
    void theExamDateIsSetValidatedAndCleared() {
        String token = api.signIn(learnerInClass()).accessToken();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        Api.Response set = api.put("/api/v1/mastery/exam-date", token, Map.of("examDate",
                today.plusMonths(5).toString()));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("examDate").asString()).isEqualTo(today.plusMonths(5).toString());
        api.put("/api/v1/mastery/exam-date", token, Map.of("examDate", today.minusDays(1).toString()))
                .isInvalid("examDate");
        api.put("/api/v1/mastery/exam-date", token, Map.of("examDate", today.plusYears(5).plusDays(1).toString()))
                .isInvalid("examDate");
        assertThat(api.put("/api/v1/mastery/exam-date", token, "{\"examDate\":\"next spring\"}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/mastery/standing", token).json().path("examDate").asString())
                .isEqualTo(today.plusMonths(5).toString());

        Api.Response cleared = api.put("/api/v1/mastery/exam-date", token, "{\"examDate\":null}");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("examDate").isNull()).isTrue();
    }

    @Test
    void aTeacherOfTheClassReadsTheLearnerAndTheReadIsAudited() {
        Person learner = learnerInClass();
        publish(graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM"))));
        awaitConcept(api.signIn(learner).accessToken(), KINEMATICS, 1);
        String path = "/api/v1/mastery/learners/" + learner.id() + "/concepts";

        Api.Response read = api.get(path, teacher);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("concepts").get(0).path("concept").asString()).isEqualTo(KINEMATICS);
        assertThat(data.jdbc().queryForObject("select count(*) from privacy_audit_event where action = ?"
                + " and resource_id = ?", Integer.class, "mastery.knowledge-read", learner.id().toString()))
                .isEqualTo(1);
        assertThat(api.get(path, admin).status()).isEqualTo(200);
    }

    @Test
    void othersGetNothingOfALearnersState() {
        Person learner = learnerInClass();
        Person classmate = learnerInClass();
        String path = "/api/v1/mastery/learners/" + learner.id() + "/concepts";

        api.get(path, otherTeacher).isProblem(404, "learner-not-found");
        api.get(path, api.signIn(classmate).accessToken()).isProblem(403, "mastery-read-not-allowed");
        api.get("/api/v1/mastery/learners/" + java.util.UUID.randomUUID() + "/concepts", admin)
                .isProblem(404, "learner-not-found");
        api.get("/api/v1/mastery/concepts", teacher).isProblem(403, "mastery-not-allowed");
    }

    @Test
    void seedingFromTheDiagnosticSetsAbilityAndPriorsButKeepsEvidence() {
        Person learner = learnerInClass();
        String token = api.signIn(learner).accessToken();
        publish(graded(learner, AttemptId.random(), false, List.of(item(KINEMATICS, 1.0, "MEDIUM"))));
        double practised = awaitConcept(token, KINEMATICS, 1).path("mastery").asDouble();

        Tenancy.runAs(world.tenant().id(), () -> knowledge.seedFromDiagnostic(learner.id(), 0.8, 0.3,
                Map.of(KINEMATICS, 0.1, VECTORS, 0.9)));

        Map<String, JsonNode> concepts = concepts(token);
        assertThat(concepts.get(KINEMATICS).path("mastery").asDouble()).isCloseTo(practised, within(1e-9));
        assertThat(concepts.get(VECTORS).path("attempts").asInt()).isZero();
        assertThat(concepts.get(VECTORS).path("mastery").asDouble()).isGreaterThan(0.5);
        JsonNode standing = api.get("/api/v1/mastery/standing", token).json();
        assertThat(standing.path("diagnosed").asBoolean()).isTrue();
        assertThat(standing.path("theta").asDouble()).isEqualTo(0.8);
        assertThat(standing.path("thetaStandardError").asDouble()).isEqualTo(0.3);
    }
}
