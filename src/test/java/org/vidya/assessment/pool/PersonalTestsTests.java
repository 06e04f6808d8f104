package org.vidya.assessment.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.assessment.quiz.QuizService;
import org.vidya.assessment.quiz.TestListings;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

/** A personal test: the learner's alone, listed to nobody else, started at its attempt, graded like any test. */
@ApiTest
class PersonalTestsTests {

    @Autowired PersonalTests personal;
    @Autowired TestListings listings;
    @Autowired QuizService quizzes;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    World world;
    String teacherToken;
    String learnerToken;
    List<ItemId> items;

    @BeforeEach
    void aBank() {
        world = data.world("personal");
        teacherToken = api.signIn(world.person(Role.TEACHER)).accessToken();
        learnerToken = api.signIn(world.person(Role.LEARNER)).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        items = fixtures.items(teacherToken, fixtures.bank(teacherToken), 3).stream().map(ItemId::of).toList();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T as(VidyaPrincipal who, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        return Tenancy.callAs(world.tenant().id(), work);
    }

    VidyaPrincipal learner() {
        return world.person(Role.LEARNER).principal();
    }

    @Test
    void assignsATestWithAReadyAttemptThatTheLearnerStartsAndSubmits() {
        Instant before = clock.instant().minusSeconds(1);
        PersonalTest test = as(learner(), () -> personal.assign(learner().userId(), "Weekly test", "weekly", items,
                Duration.ofMinutes(45)));
        assertThat(test.items()).containsExactlyElementsOf(items);
        assertThat(test.status()).isEqualTo("ready");
        assertThat(test.kind()).isEqualTo("weekly");
        assertThat(as(learner(), () -> personal.of(learner().userId(), "weekly", before))).extracting(PersonalTest::quiz)
                .containsExactly(test.quiz());
        assertThat(as(learner(), () -> personal.of(learner().userId(), "practice", before))).isEmpty();

        // Starting the test (as the test page does) starts the same attempt, with the time limit running.
        Api.Response started = api.post("/api/v1/quizzes/" + test.quiz().value() + "/attempts", learnerToken, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("id").asString()).isEqualTo(test.attempt().value().toString());
        assertThat(started.json().path("status").asString()).isEqualTo("in-progress");
        assertThat(started.json().path("deadline").isNull()).isFalse();
        Api.Response submitted = new QuizFixtures(api).submit(learnerToken, test.attempt().value().toString(), "k1");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(as(learner(), () -> personal.of(learner().userId(), "weekly", before)).get(0).status())
                .isIn("submitted", "graded");
    }

    @Test
    void nobodyElseListsStartsOrReadsIt() {
        PersonalTest test = as(learner(), () -> personal.assign(learner().userId(), "My practice", "practice", items,
                Duration.ofMinutes(20)));
        String quiz = test.quiz().value().toString();
        assertThat(as(learner(), () -> listings.practiceTests())).extracting(TestListings.PracticeTest::quizId)
                .contains(test.quiz().value());
        assertThat(as(world.secondLearner().principal(), () -> listings.practiceTests()))
                .extracting(TestListings.PracticeTest::quizId).doesNotContain(test.quiz().value());
        assertThat(as(world.person(Role.ORG_ADMIN).principal(), () -> quizzes.list()))
                .noneMatch(view -> view.id().equals(test.quiz().value()));
        api.get("/api/v1/quizzes/" + quiz, teacherToken).isProblem(404, "quiz-not-found");
        api.post("/api/v1/quizzes/" + quiz + "/attempts", api.signIn(world.secondLearner()).accessToken(), null)
                .isProblem(404, "quiz-not-found");
        api.get("/api/v1/attempts/" + test.attempt().value(), api.signIn(world.secondLearner()).accessToken())
                .isProblem(404, "attempt-not-found");
        assertThatThrownBy(() -> as(world.secondLearner().principal(),
                () -> personal.of(learner().userId(), "practice", Instant.EPOCH)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }

    @Test
    void anItemTheSchoolCannotUseRefusesTheWholeTest() {
        List<ItemId> withUnknown = List.of(items.get(0), ItemId.random());
        assertThatThrownBy(() -> as(learner(), () -> personal.assign(learner().userId(), "Weekly test", "weekly",
                withUnknown, Duration.ofMinutes(45))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("items-unavailable");
                    assertThat(e.errors()).extracting(v -> v.field()).containsExactly("sections[0].items[1]");
                });
        assertThatThrownBy(() -> as(learner(), () -> personal.assign(learner().userId(), "<b>x</b>", "monthly",
                List.of(), Duration.ZERO)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(v -> v.field())
                        .containsExactly("title", "kind", "items", "timeLimit"));
        assertThat(as(learner(), () -> personal.of(learner().userId(), "weekly", Instant.EPOCH))).isEmpty();
    }
}
