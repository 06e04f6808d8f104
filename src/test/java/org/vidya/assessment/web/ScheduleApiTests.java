package org.vidya.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** Scheduling tests for classes: windows, who may, and a benchmark's attempts generated up front. */
@ApiTest
class ScheduleApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String learner;
    List<String> items;

    @BeforeEach
    void aTeacherWithItems() {
        fixtures = new QuizFixtures(api);
        world = data.world("schedule");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        items = fixtures.items(teacher, fixtures.bank(teacher), 4);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String weekly() {
        return fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of("timeLimitSeconds", 1800),
                List.of(QuizFixtures.fixedSection("A", items))));
    }

    @Test
    void aClassLearnerStartsAScheduledTestWithinItsWindow() {
        Instant now = clock.instant();
        String schedule = fixtures.schedule(teacher, weekly(), world.classId(), now.minusSeconds(60),
                now.plus(Duration.ofMinutes(10)));
        JsonNode view = api.get("/api/v1/schedules/" + schedule, learner).json();
        assertThat(view.path("window").asString()).isEqualTo("open");
        Api.Response started = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("schedule").asString()).isEqualTo(schedule);
        // The deadline is the window's close when that comes before the time limit.
        Instant deadline = Instant.parse(started.json().path("deadline").asString());
        assertThat(deadline).isEqualTo(Instant.parse(view.path("closesAt").asString()));
        assertThat(api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).status()).isEqualTo(200);
        // Someone outside the class does not see it at all.
        String outsider = api.signIn(world.secondLearner()).accessToken();
        api.post("/api/v1/schedules/" + schedule + "/attempts", outsider, null).isProblem(404, "schedule-not-found");
        api.get("/api/v1/schedules/" + schedule, outsider).isProblem(404, "schedule-not-found");
    }

    @Test
    void windowsThatAreNotOpenRefuseAStart() {
        Instant now = clock.instant();
        String quiz = weekly();
        String later = fixtures.schedule(teacher, quiz, world.classId(), now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)));
        String earlier = fixtures.schedule(teacher, quiz, world.classId(), now.minus(Duration.ofHours(2)),
                now.minus(Duration.ofHours(1)));
        api.post("/api/v1/schedules/" + later + "/attempts", learner, null).isProblem(409, "window-not-open");
        api.post("/api/v1/schedules/" + earlier + "/attempts", learner, null).isProblem(409, "window-closed");
    }

    @Test
    void onlyTheClasssTeacherOrAnAdminSchedules() {
        String quiz = weekly();
        Instant now = clock.instant();
        Map<String, Object> body = Map.of("classId", world.classId().toString(), "opensAt", now.toString(),
                "closesAt", now.plusSeconds(3600).toString());
        Person otherTeacher = data.member(world.tenant(), Role.TEACHER);
        String other = api.signIn(otherTeacher).accessToken();
        api.post("/api/v1/quizzes/" + quiz + "/schedules", other, body).isProblem(403, "not-your-class");
        String admin = api.signIn(world.person(Role.ORG_ADMIN)).accessToken();
        assertThat(api.post("/api/v1/quizzes/" + quiz + "/schedules", admin, body).status()).isEqualTo(201);
        api.post("/api/v1/quizzes/" + quiz + "/schedules", teacher, Map.of("classId", UUID.randomUUID().toString(),
                "opensAt", now.toString(), "closesAt", now.plusSeconds(60).toString())).isInvalid("classId");
        api.post("/api/v1/quizzes/" + quiz + "/schedules", teacher, Map.of("classId", world.classId().toString(),
                "opensAt", now.toString(), "closesAt", now.minusSeconds(60).toString())).isInvalid("closesAt");
    }

    @Test
    void aBenchmarkGeneratesOneFormForTheWholeCohortWhenScheduled() {
        Person second = data.member(world.tenant(), Role.LEARNER);
        data.inClass(world.tenant(), world.classId(), second, ClassMember.ClassRole.LEARNER);
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("benchmark", Map.of("shuffleQuestions", true),
                List.of(QuizFixtures.fixedSection("Physics", items))));
        Instant now = clock.instant();
        Api.Response scheduled = api.post("/api/v1/quizzes/" + quiz + "/schedules", teacher, Map.of("classId",
                world.classId().toString(), "opensAt", now.minusSeconds(1).toString(), "closesAt",
                now.plus(Duration.ofHours(3)).toString()));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.json().path("attemptsGenerated").asInt()).isEqualTo(2);
        String schedule = scheduled.json().path("id").asString();
        assertThat(api.get("/api/v1/schedules/" + schedule + "/board", teacher).json().findValuesAsString("status"))
                .containsOnly("ready");

        Api.Response first = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("status").asString()).isEqualTo("in-progress");
        String otherToken = api.signIn(second).accessToken();
        Api.Response other = api.post("/api/v1/schedules/" + schedule + "/attempts", otherToken, null);
        JsonNode paperA = api.get("/api/v1/attempts/" + first.json().path("id").asString() + "/paper", learner).json();
        JsonNode paperB = api.get("/api/v1/attempts/" + other.json().path("id").asString() + "/paper", otherToken)
                .json();
        assertThat(paperA.path("items").toString()).isEqualTo(paperB.path("items").toString());
    }

    @Test
    void unstartedBenchmarkAttemptsAreNotShownBeforeTheStart() {
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("benchmark", Map.of(),
                List.of(QuizFixtures.fixedSection("Physics", items))));
        Instant now = clock.instant();
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2)));
        api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).isProblem(409, "window-not-open");
        JsonNode board = api.get("/api/v1/schedules/" + schedule + "/board", teacher).json();
        assertThat(board.get(0).path("status").asString()).isEqualTo("ready");
        assertThat(board.get(0).path("total").asInt()).isEqualTo(4);
    }
}
