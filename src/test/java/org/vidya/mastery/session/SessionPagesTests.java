package org.vidya.mastery.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Role;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

/** The diagnostic and review pages: subject choice, the item shell and its session routes, the result, the empty review. */
@ApiTest
class SessionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired ConceptGraphService graphs;
    @Autowired ItemBankService banks;
    @Autowired ItemBankImports imports;

    TestTenant school;
    Person learner;
    SessionFixtures fixtures;

    @BeforeEach
    void subjectWithItems() {
        school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        learner = data.member(school, Role.LEARNER);
        fixtures = new SessionFixtures();
        fixtures.graph(graphs, teacher.principal(), school.id());
        fixtures.items(banks, imports, teacher.principal(), school.id(), 6);
    }

    JsonNode json(MvcResult result) throws Exception {
        return SessionFixtures.JSON.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void aLearnerTakesTheDiagnosticInTheBrowserToTheResult() throws Exception {
        Document choose = html(mvc.perform(get("/mastery/diagnostic").with(as(learner))).andReturn());
        assertThat(choose.select("input[name=subject]").eachAttr("value")).contains(fixtures.subject);

        MvcResult started = mvc.perform(post("/mastery/diagnostic").with(as(learner)).with(csrf())
                .param("subject", fixtures.subject)).andReturn();
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/mastery/diagnostic/");
        Document shell = html(mvc.perform(get(location).with(as(learner))).andReturn());
        Element root = shell.selectFirst("[data-testid=session]");
        assertThat(root).isNotNull();
        assertThat(root.attr("data-kind")).isEqualTo("diagnostic");
        assertThat(root.attr("data-csrf-token")).isNotBlank();
        assertThat(shell.select("script[src]").eachAttr("src")).anyMatch(s -> s.endsWith("/js/attempt.js"))
                .anyMatch(s -> s.endsWith("/js/mastery-session.js"));
        assertThat(shell.getElementById("session-messages").data()).contains("session.progress.diagnostic");

        JsonNode state = json(mvc.perform(get(root.attr("data-state")).with(as(learner))).andReturn());
        int sequence = 1;
        while (state.path("status").asString().equals("OPEN")) {
            String body = SessionFixtures.JSON.writeValueAsString(Map.of("item", state.path("current").path("item")
                    .asString(), "response", sequence % 3 == 0 ? SessionFixtures.wrong() : SessionFixtures.right(),
                    "sequence", sequence++));
            MvcResult reply = mvc.perform(post(root.attr("data-answer")).with(as(learner)).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
            assertThat(reply.getResponse().getStatus()).isEqualTo(200);
            state = json(reply).path("session");
        }
        // Without the CSRF token the page's answer route refuses.
        assertThat(mvc.perform(post(root.attr("data-answer")).with(as(learner)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);

        Document result = html(mvc.perform(get(location).with(as(learner))).andReturn());
        assertThat(result.select("[data-testid=diagnostic-concepts] tbody tr")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(result.select("[data-testid=diagnostic-concepts]").text()).contains("Easy part", "Hard part");
        assertThat(result.selectFirst("[data-testid=to-map]").attr("href")).isEqualTo("/mastery");
    }

    @Test
    void aSubjectWithoutQuestionsSaysSoOnThePage() throws Exception {
        SessionFixtures bare = new SessionFixtures();
        bare.graph(graphs, data.member(school, Role.TEACHER).principal(), school.id());

        Document page = html(mvc.perform(post("/mastery/diagnostic").with(as(learner)).with(csrf())
                .param("subject", bare.subject)).andReturn());

        assertThat(page.selectFirst("[data-testid=diagnostic-error]").text())
                .isEqualTo("There are no questions on this subject yet.");
    }

    @Test
    void withNothingDueTheReviewPageOffersWeakSpots() throws Exception {
        assertThat(html(mvc.perform(get("/mastery/review").with(as(learner))).andReturn())
                .select("[data-testid=review-start]")).hasSize(1);

        Document page = html(mvc.perform(post("/mastery/review").with(as(learner)).with(csrf())).andReturn());

        assertThat(page.select("[data-testid=review-empty]")).hasSize(1);
        assertThat(page.select("[data-testid=review-empty] h2").text()).isEqualTo("Nothing is due for review");
    }

    @Test
    void theSessionPagesAreTheLearnersOwn() throws Exception {
        Person teacher = data.member(school, Role.TEACHER);
        assertThat(mvc.perform(get("/mastery/diagnostic").with(as(teacher))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        MvcResult started = mvc.perform(post("/mastery/diagnostic").with(as(learner)).with(csrf())
                .param("subject", fixtures.subject)).andReturn();
        Person classmate = data.member(school, Role.LEARNER);

        assertThat(mvc.perform(get(started.getResponse().getRedirectedUrl()).with(as(classmate))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }
}
