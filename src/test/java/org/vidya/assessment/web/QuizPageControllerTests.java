package org.vidya.assessment.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The test builder: a teacher searches a bank, adds, moves and removes items, previews the paper
 * as a learner sees it, applies the JEE marking preset, draws by blueprint rules with their pool
 * shown, and saves; mistakes come back next to their fields and save nothing.
 */
@ApiTest
class QuizPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;

    World world;
    Person teacher;
    String token;
    String bank;
    List<String> items;
    String title = "Kinematics weekly";
    String source = "items";

    @BeforeEach
    void aTeacherWithABank() {
        world = data.world("builder");
        teacher = world.person(Role.TEACHER);
        token = api.signIn(teacher).accessToken();
        QuizFixtures fixtures = new QuizFixtures(api);
        bank = fixtures.bank(token);
        items = fixtures.items(token, bank, 3, "medium");
    }

    Document page(String path) throws Exception {
        return html(mvc.perform(get(path).with(as(teacher))).andExpect(status().isOk()).andReturn());
    }

    /** The builder form with one section of these items, as the browser sends it. */
    MockHttpServletRequestBuilder builder(String action, String... picked) {
        MockHttpServletRequestBuilder request = post("/quizzes").with(as(teacher)).with(csrf())
                .param("action", action)
                .param("title", title).param("kind", "weekly").param("description", "Bring a pencil.")
                .param("timeLimitMinutes", "30").param("attemptsAllowed", "1").param("passMark", "")
                .param("navigation", "free").param("feedbackTiming", "after-submit")
                .param("questionBehaviour", "deferred").param("triesAllowed", "1").param("penaltyPerTry", "0")
                .param("shuffleOptions", "true").param("_shuffleOptions", "on").param("_shuffleQuestions", "on")
                .param("sections[0].title", "Part A").param("sections[0].timeLimitMinutes", "")
                .param("sections[0].marking", "ITEM_MARKS").param("sections[0].source", source)
                .param("sections[0].correct", "4").param("sections[0].incorrect", "-1")
                .param("sections[0].unanswered", "0").param("_sections[0].partialCredit", "on")
                .param("sections[0].searchBank", bank);
        for (int i = 0; i < picked.length; i++) {
            request.param("sections[0].items[" + i + "]", picked[i]);
        }
        return request;
    }

    Document send(MockHttpServletRequestBuilder request) throws Exception {
        return html(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aTeacherSearchesABankAddsItemsMovesThemAndSaves() throws Exception {
        Document blank = page("/quizzes/new");
        assertThat(blank.select("[data-testid=section]")).hasSize(1);
        assertThat(blank.select("#sections0-searchBank option").eachAttr("value")).contains(bank);

        Document found = send(builder("search:0"));
        assertThat(found.select("[data-testid=search-result]").eachAttr("data-item")).containsExactlyInAnyOrderElementsOf(items);
        assertThat(found.select("[data-testid=search-result]").first().text()).contains("Question", "Single choice");

        Document added = send(builder("add-item:0:" + items.get(2), items.get(0)));
        assertThat(added.select("[data-testid=picked-item]").eachAttr("data-item"))
                .containsExactly(items.get(0), items.get(2));
        assertThat(added.select("input[name=sections[0].items[1]]").val()).isEqualTo(items.get(2));
        assertThat(added.select("[data-testid=search-result]")).as("the results stay to add more").hasSize(3);
        assertThat(added.select("[data-testid=search-result][data-item=" + items.get(2) + "]").text())
                .contains("Added");

        Document moved = send(builder("up-item:0:1", items.get(0), items.get(2)));
        assertThat(moved.select("[data-testid=picked-item]").eachAttr("data-item"))
                .containsExactly(items.get(2), items.get(0));
        Document removed = send(builder("remove-item:0:0", items.get(2), items.get(0)));
        assertThat(removed.select("[data-testid=picked-item]").eachAttr("data-item")).containsExactly(items.get(0));
        assertThat(api.get("/api/v1/quizzes", token).json().path("items")).as("nothing saved yet").isEmpty();

        MvcResult saved = mvc.perform(builder("save", items.get(1), items.get(0))).andExpect(status().isFound())
                .andReturn();
        String id = saved.getResponse().getRedirectedUrl().substring("/quizzes/".length());
        JsonNode quiz = api.get("/api/v1/quizzes/" + id, token).json();
        assertThat(quiz.path("title").asString()).isEqualTo("Kinematics weekly");
        assertThat(quiz.path("kind").asString()).isEqualTo("weekly");
        assertThat(quiz.path("sections").get(0).path("items").valueStream().map(QuizFixtures::id).toList())
                .containsExactly(items.get(1), items.get(0));

        Document edit = page("/quizzes/" + id + "/edit");
        assertThat(edit.select("#title").val()).isEqualTo("Kinematics weekly");
        assertThat(edit.select("[data-testid=picked-item]").eachAttr("data-item"))
                .containsExactly(items.get(1), items.get(0));
        Document list = page("/quizzes");
        assertThat(list.select("[data-testid=quiz-row]").text()).contains("Kinematics weekly", "Weekly");
    }

    @Test
    void thePreviewShowsThePaperAsALearnerSeesItWithoutKeys() throws Exception {
        Document preview = send(builder("preview", items.get(0), items.get(1)));
        assertThat(preview.select("[data-testid=preview-item]")).hasSize(2);
        assertThat(preview.select("[data-testid=preview-item]").first().text())
                .contains("Question 1", "Question 0", "Right", "Wrong", "Worse");
        assertThat(preview.select("[data-testid=paper-preview]").html()).doesNotContain("fraction");
        assertThat(preview.select("#title").val()).as("the form stays as it was").isEqualTo("Kinematics weekly");
    }

    @Test
    void theJeePresetFillsTheSectionsMarking() throws Exception {
        Document page = send(builder("jee:0", items.get(0)));
        assertThat(page.select("#sections0-marking-fixed").hasAttr("checked")).isTrue();
        assertThat(page.select("#sections0-correct").val()).isEqualTo("4");
        assertThat(page.select("#sections0-incorrect").val()).isEqualTo("-1");
        assertThat(page.select("#sections0-unanswered").val()).isEqualTo("0");
    }

    @Test
    void blueprintRulesShowTheirPoolAndATooSmallPoolIsRefusedAtItsRule() throws Exception {
        source = "blueprint";
        MockHttpServletRequestBuilder rules = builder("add-rule:0")
                .param("sections[0].rules[0].bank", bank).param("sections[0].rules[0].difficulty", "medium")
                .param("sections[0].rules[0].count", "5");
        Document page = send(rules);
        assertThat(page.select("[data-testid=rules]")).hasSize(1);
        assertThat(page.select("[data-testid=pool]").first().text()).isEqualTo("Pool: 3 items");
        assertThat(page.select("[data-testid=pool]").first().hasClass("too-small")).isTrue();
        assertThat(page.select("[data-testid=rule]")).as("the rule and an empty row").hasSize(2);

        MockHttpServletRequestBuilder save = builder("save")
                .param("sections[0].rules[0].bank", bank).param("sections[0].rules[0].count", "5");
        Document refused = html(mvc.perform(save).andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.select("#sections-0-rules-0-count-error")).hasSize(1);
        assertThat(api.get("/api/v1/quizzes", token).json().path("items")).isEmpty();
    }

    @Test
    void mistakesComeBackNextToTheirFieldsAndSaveNothing() throws Exception {
        Document page = html(mvc.perform(post("/quizzes").with(as(teacher)).with(csrf()).param("action", "save")
                .param("title", "").param("kind", "weekly").param("timeLimitMinutes", "soon")
                .param("sections[0].title", "Part A").param("sections[0].source", "items")
                .param("sections[0].items[0]", items.get(0))).andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("[data-testid=form-errors]")).hasSize(1);
        assertThat(page.select("#timeLimitMinutes-error").text()).isNotBlank();
        assertThat(page.select("#timeLimitMinutes").val()).isEqualTo("soon");
        assertThat(page.select("[data-testid=picked-item]").eachAttr("data-item")).containsExactly(items.get(0));

        title = " ";
        Document untitled = html(mvc.perform(builder("save", items.get(0)))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(untitled.select("#title-error").text()).isNotBlank();
        Document empty = html(mvc.perform(builder("save")).andExpect(status().isBadRequest()).andReturn());
        assertThat(empty.select("#sections-0-items-error").text()).isNotBlank();
        assertThat(api.get("/api/v1/quizzes", token).json().path("items")).isEmpty();
    }

    @Test
    void learnersCannotOpenTheBuilder() throws Exception {
        Person learner = world.person(Role.LEARNER);
        mvc.perform(get("/quizzes").with(as(learner))).andExpect(status().isForbidden());
        mvc.perform(get("/quizzes/new").with(as(learner))).andExpect(status().isForbidden());
        mvc.perform(post("/quizzes").with(as(learner)).with(csrf()).param("title", "Mine"))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void theBuilderPagesAreCompleteInEachLanguage(String language) throws Exception {
        String quiz = new QuizFixtures(api).quiz(token, QuizFixtures.quizBody("weekly", java.util.Map.of(),
                List.of(QuizFixtures.fixedSection("A", items))));
        for (String path : List.of("/quizzes", "/quizzes/new", "/quizzes/" + quiz + "/edit")) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(teacher)))
                    .andExpect(status().isOk()).andReturn());
            TeacherPageChecks.complete(page, path, language);
        }
        Document preview = html(mvc.perform(builder("preview", items.get(0)).param("lang", language))
                .andExpect(status().isOk()).andReturn());
        TeacherPageChecks.complete(preview, "preview", language);
    }
}
