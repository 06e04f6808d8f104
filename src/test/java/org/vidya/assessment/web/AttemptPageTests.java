package org.vidya.assessment.web;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The test page and the routes its script calls with the browser session: the shell for the
 * learner's own attempt only, the state and the paper (ETag, immutable), autosave, the offline
 * batch and an idempotent submit, all behind the session's CSRF token.
 */
@ApiTest
class AttemptPageTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;

    QuizFixtures fixtures;
    World world;
    Person learner;
    Person otherLearner;
    String attempt;

    @BeforeEach
    void anAttemptInProgress() {
        fixtures = new QuizFixtures(api);
        world = data.world("attempt-page");
        learner = world.person(Role.LEARNER);
        otherLearner = world.secondLearner();
        String teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        String bank = fixtures.bank(teacher);
        String quiz = fixtures.practice(teacher, fixtures.items(teacher, bank, 3), Map.of());
        attempt = fixtures.start(api.signIn(learner).accessToken(), quiz);
    }

    JsonNode json(MvcResult result) throws Exception {
        return api.json().readTree(result.getResponse().getContentAsString());
    }

    @Test
    void theShellCarriesTheRoutesTheMessagesAndTheOfflineWorker() throws Exception {
        Document page = html(mvc.perform(get("/attempts/" + attempt).with(as(learner)))
                .andExpect(status().isOk()).andReturn());
        Element root = page.selectFirst("[data-testid=attempt]");
        assertThat(root.attr("data-state")).isEqualTo("/attempts/" + attempt + "/state");
        assertThat(root.attr("data-paper")).isEqualTo("/attempts/" + attempt + "/paper");
        assertThat(root.attr("data-batch")).isEqualTo("/attempts/" + attempt + "/answers/batch");
        assertThat(root.attr("data-worker")).isEqualTo("/attempt-sw.js");
        assertThat(root.attr("data-worker-scope")).isEqualTo("/attempts/");
        assertThat(root.attr("data-csrf-token")).isNotBlank();
        assertThat(page.select("h1").text()).startsWith("Test ");
        JsonNode messages = api.json().readTree(page.selectFirst("script#attempt-messages").data());
        assertThat(messages.path("attempt.save.offline").asString()).isEqualTo("Offline — answers kept on this device");
        assertThat(messages.path("attempt.save.saved").asString()).isEqualTo("Saved {0}");
        assertThat(page.select("script[src]")).extracting(e -> e.attr("src"))
                .contains("/js/attempt.js").anyMatch(src -> src.matches("/webjars/alpinejs/.*cdn\\.min\\.js"));
        // The page's live regions: the save indicator and the timer warnings.
        assertThat(page.select("[data-testid=save-indicator]").attr("aria-live")).isEqualTo("polite");
        assertThat(page.select("[data-testid=timer-warning]").attr("aria-live")).isEqualTo("assertive");
    }

    @Test
    void theShellSpeaksHindiAndKhmer() throws Exception {
        for (String lang : List.of("hi", "km")) {
            Document page = html(mvc.perform(get("/attempts/" + attempt).param("lang", lang).with(as(learner)))
                    .andExpect(status().isOk()).andReturn());
            JsonNode messages = api.json().readTree(page.selectFirst("script#attempt-messages").data());
            assertThat(messages.path("attempt.case.next").asString()).isNotEqualTo("Continue to the next stage")
                    .isNotBlank();
        }
    }

    @Test
    void anotherLearnersAttemptIsNotFound() throws Exception {
        mvc.perform(get("/attempts/" + attempt).with(as(otherLearner))).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + attempt + "/state").with(as(otherLearner)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + attempt + "/paper").with(as(otherLearner)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(put("/attempts/" + attempt + "/answers/q1").with(as(otherLearner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"response\":{\"choice\":\"r\"},\"seq\":1}")).andExpect(status().isNotFound());
        mvc.perform(get("/attempts/" + attempt + "/result").with(as(otherLearner))).andExpect(status().isNotFound());
    }

    @Test
    void thePaperIsServedOnceAndThenByItsTag() throws Exception {
        MvcResult first = mvc.perform(get("/attempts/" + attempt + "/paper").with(as(learner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("immutable")))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(json(first).path("items")).hasSize(3);
        assertThat(first.getResponse().getContentAsString()).doesNotContain("fraction");
        mvc.perform(get("/attempts/" + attempt + "/paper").with(as(learner)).header("If-None-Match", etag))
                .andExpect(status().isNotModified());
    }

    @Test
    void theScriptSavesBatchesAndSubmitsWithTheSession() throws Exception {
        JsonNode saved = json(mvc.perform(put("/attempts/" + attempt + "/answers/q1").with(as(learner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"response\":{\"choice\":\"r\"},\"seq\":3,\"timeSpentMillis\":1200,\"flagged\":true}"))
                .andExpect(status().isOk()).andReturn());
        assertThat(saved.path("applied").asBoolean()).isTrue();

        JsonNode batch = json(mvc.perform(post("/attempts/" + attempt + "/answers/batch").with(as(learner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"answers\":[{\"slot\":\"q1\",\"response\":{\"choice\":\"w\"},\"seq\":2},"
                        + "{\"slot\":\"q2\",\"response\":{\"choice\":\"r\"},\"seq\":1},"
                        + "{\"slot\":\"q3\",\"response\":[1,2],\"seq\":1}]}"))
                .andExpect(status().isOk()).andReturn());
        assertThat(batch.path("results").findValuesAsString("status")).containsExactly("stale", "applied", "refused");

        JsonNode state = json(mvc.perform(get("/attempts/" + attempt + "/state").with(as(learner))
                .accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk()).andReturn());
        assertThat(state.path("answers").path("q1").path("response").path("choice").asString()).isEqualTo("r");
        assertThat(state.path("answers").path("q1").path("flagged").asBoolean()).isTrue();
        assertThat(state.path("answers").path("q2").path("seq").asLong()).isEqualTo(1);

        String body = "{\"answers\":[{\"slot\":\"q3\",\"response\":{\"choice\":\"r\"},\"seq\":2}]}";
        JsonNode submitted = json(mvc.perform(post("/attempts/" + attempt + "/submit").with(as(learner)).with(csrf())
                .header("Idempotency-Key", "page-submit-1").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andReturn());
        // The same key again is the same submit.
        JsonNode again = json(mvc.perform(post("/attempts/" + attempt + "/submit").with(as(learner)).with(csrf())
                .header("Idempotency-Key", "page-submit-1").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andReturn());
        assertThat(again).isEqualTo(submitted);
        mvc.perform(get("/attempts/" + attempt).with(as(learner)))
                .andExpect(redirectedUrl("/attempts/" + attempt + "/result"));
    }

    @Test
    void savingWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        mvc.perform(put("/attempts/" + attempt + "/answers/q1").with(as(learner))
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"response\":{\"choice\":\"r\"},\"seq\":1}")).andExpect(status().isForbidden());
    }

    @Test
    void aWrongShapeIsAProblemNamingTheField() throws Exception {
        mvc.perform(put("/attempts/" + attempt + "/answers/q1").with(as(learner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"response\":{\"choice\":\"r\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(put("/attempts/" + attempt + "/answers/q99").with(as(learner)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"response\":{\"choice\":\"r\"},\"seq\":1}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOfflineWorkerIsServedAsAScript() throws Exception {
        mvc.perform(get("/attempt-sw.js").with(as(learner))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.containsString("javascript")));
    }
}
