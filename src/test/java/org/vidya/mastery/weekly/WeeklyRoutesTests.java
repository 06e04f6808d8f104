package org.vidya.mastery.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.assessment.web.QuizFixtures;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Pages;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

/** The weekly test's REST routes and page button: this week's test, or a problem saying why there is none. */
@ApiTest
class WeeklyRoutesTests {

    @Autowired Api api;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PersonalTests personal;

    World world;
    String learner;

    @BeforeEach
    void aSchool() {
        world = data.world("weekly");
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** This week's test, assigned as the weekly test service does once it has chosen the items. */
    PersonalTest assigned() {
        String teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        List<ItemId> items = fixtures.items(teacher, fixtures.bank(teacher), 2).stream().map(ItemId::of).toList();
        VidyaPrincipal me = world.person(Role.LEARNER).principal();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.authorities()));
        try {
            return Tenancy.callAs(world.tenant().id(), () -> personal.assign(me.userId(), "Weekly test", "weekly",
                    items, Duration.ofMinutes(45)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void noTestYetIsNotFound() {
        api.get("/api/v1/mastery/weekly-test", learner).isProblem(404, "weekly-test-not-found");
    }

    @Test
    void thisWeeksTestIsReturnedByBothRoutesAndOpenedByTheButton() throws Exception {
        PersonalTest test = assigned();
        Api.Response current = api.get("/api/v1/mastery/weekly-test", learner);
        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.json().path("attemptId").asString()).isEqualTo(test.attempt().value().toString());
        assertThat(current.json().path("items").asInt()).isEqualTo(2);
        assertThat(current.json().path("status").asString()).isEqualTo("ready");
        assertThat(current.json().path("url").asString()).isEqualTo("/attempts/" + test.attempt().value());
        Api.Response again = api.post("/api/v1/mastery/weekly-test", learner, null);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("quizId").asString()).isEqualTo(test.quiz().value().toString());

        mvc.perform(post("/mastery/weekly").with(Pages.as(world.person(Role.LEARNER))).with(csrf()))
                .andExpect(redirectedUrl("/attempts/" + test.attempt().value()));
    }

    @Test
    void staffHaveNoWeeklyTest() {
        String teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        assertThat(api.get("/api/v1/mastery/weekly-test", teacher).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/mastery/weekly-test", teacher, null).status()).isEqualTo(403);
    }
}
