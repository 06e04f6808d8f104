package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

/** What pages list for learners and teachers. */
@ApiTest
class TestListingsTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired TestListings listings;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String learner;
    List<String> items;

    @BeforeEach
    void aTeacherWithItems() {
        fixtures = new QuizFixtures(api);
        world = data.world("listing");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        items = fixtures.items(teacher, fixtures.bank(teacher), 2);
    }

    @Test
    void aLearnerSeesTheirClassesTestsOpenFirstWithTheirAttempts() {
        Instant now = clock.instant();
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items))));
        String closed = fixtures.schedule(teacher, quiz, world.classId(), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));
        String upcoming = fixtures.schedule(teacher, quiz, world.classId(), now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)));
        String open = fixtures.schedule(teacher, quiz, world.classId(), now.minusSeconds(60), now.plusSeconds(3600));
        String attempt = api.post("/api/v1/schedules/" + open + "/attempts", learner, null).json().path("id")
                .asString();

        List<TestListings.ScheduledTest> tests = as(world.person(Role.LEARNER), listings::scheduledForMe);
        assertThat(tests).extracting(t -> t.scheduleId().toString()).containsExactly(open, upcoming, closed);
        assertThat(tests).extracting(TestListings.ScheduledTest::window).containsExactly(ScheduleWindow.OPEN,
                ScheduleWindow.UPCOMING, ScheduleWindow.CLOSED);
        assertThat(tests.get(0).attemptId()).isEqualTo(UUID.fromString(attempt));
        assertThat(tests.get(0).attemptStatus()).isEqualTo(AttemptStatus.IN_PROGRESS);
        assertThat(tests.get(0).startable()).isTrue();
        assertThat(tests.get(2).startable()).isFalse();
        assertThat(as(world.secondLearner(), listings::scheduledForMe)).isEmpty();
    }

    @Test
    void learnersSeePracticeTestsAndTeachersTheirSchedules() {
        String practice = fixtures.practice(teacher, items, Map.of("attemptsAllowed", 2));
        String attempt = fixtures.start(learner, practice);
        List<TestListings.PracticeTest> tests = as(world.person(Role.LEARNER), listings::practiceTests);
        TestListings.PracticeTest mine = tests.stream().filter(t -> t.quizId().toString().equals(practice))
                .findFirst().orElseThrow();
        assertThat(mine.attemptsUsed()).isEqualTo(1);
        assertThat(mine.inProgress()).isEqualTo(UUID.fromString(attempt));
        assertThat(mine.items()).isEqualTo(2);

        String schedule = fixtures.schedule(teacher, practice, world.classId(), clock.instant(),
                clock.instant().plusSeconds(600));
        assertThat(as(world.person(Role.TEACHER), listings::schedulesITeach))
                .extracting(s -> s.id().toString()).containsExactly(schedule);
        assertThat(as(data.member(world.tenant(), Role.TEACHER), listings::schedulesITeach)).isEmpty();
    }

    private static <T> T as(Person person, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person.principal(), null,
                person.principal().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(person.tenant().id(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
