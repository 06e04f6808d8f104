package org.vidya.assessment.web;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.assessment.ItemBodies;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The item bank pages: the banks, one bank's items with filters and statistics, and the editor:
 * real fields for every type, errors beside the fields, a preview without keys, saving versions.
 */
@ApiTest
class ItemBankPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;

    TestTenant tenant;
    Person teacher;
    String token;
    String bank;

    @BeforeEach
    void bank() {
        tenant = data.tenant();
        teacher = data.member(tenant, Role.TEACHER);
        token = api.signIn(teacher).accessToken();
        bank = api.post("/api/v1/item-banks", token, Map.of("name", "Mechanics")).json().path("id").asString();
    }

    MvcResult page(String path) throws Exception {
        return mvc.perform(get(path).with(as(teacher)).accept(MediaType.TEXT_HTML)).andReturn();
    }

    @Test
    void listsBanksAndCreatesOne() throws Exception {
        Document list = html(page("/item-banks"));
        assertThat(list.select("[data-testid=banks] a").eachText()).contains("Mechanics");
        MvcResult created = mvc.perform(post("/item-banks").with(as(teacher)).with(csrf()).param("name", "Optics")
                .param("description", "Lenses and mirrors")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/item-banks/");
        MvcResult refused = mvc.perform(post("/item-banks").with(as(teacher)).with(csrf()).param("name", " "))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(refused).select("p.field-error[data-field=name]")).hasSize(1);
    }

    @Test
    void showsItemsWithFiltersStatisticsAndTheImportLink() throws Exception {
        api.post("/api/v1/item-banks/" + bank + "/items", token, ItemBodies.singleChoice("Range symmetry"));
        api.post("/api/v1/item-banks/" + bank + "/items", token, ItemBodies.numeric("Distance from rest"));
        Document shown = html(page("/item-banks/" + bank));
        assertThat(shown.select("[data-testid=items] tbody tr")).hasSize(2);
        assertThat(shown.select("[data-testid=items] thead th").eachText()).contains("Facility", "Discrimination", "Used");
        assertThat(shown.select("[data-testid=import]").attr("href")).isEqualTo("/item-banks/" + bank + "/import");
        Document filtered = html(page("/item-banks/" + bank + "?type=numeric"));
        assertThat(filtered.select("[data-testid=items] tbody tr").eachText()).singleElement().asString()
                .contains("Distance from rest");
        MvcResult badFilter = page("/item-banks/" + bank + "?difficulty=brutal");
        assertThat(html(badFilter).select("[data-testid=form-errors]")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"single-choice", "multiple-response", "true-false", "numeric", "short-text", "essay",
            "matching", "ordering", "cloze", "case"})
    void theEditorHasRealFieldsForEveryType(String type) throws Exception {
        MvcResult result = page("/item-banks/" + bank + "/items/new?type=" + type);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document editor = html(result);
        assertThat(editor.select("[data-testid=item-form]").attr("data-type")).isEqualTo(type);
        String expected = switch (type) {
            case "single-choice", "multiple-response" -> "body.choices[0].fraction";
            case "true-false" -> "body.answer";
            case "numeric" -> "body.answers[0].tolerance";
            case "short-text" -> "body.answers[0].text";
            case "essay" -> "body.rubric.criteria[0].title";
            case "matching" -> "body.stems[0].match";
            case "ordering" -> "body.items[0].text";
            case "cloze" -> "body.gaps[0].body@json";
            default -> "body.stages[0].parts[0].type";
        };
        assertThat(editor.select("[name=" + cssEscape(expected) + "]")).isNotEmpty();
        assertThat(editor.select("[name=marks]")).hasSize(1);
        assertThat(editor.select("template[data-row-template]")).hasSizeGreaterThan(type.equals("true-false") ? -1 : 0);
        if (!type.equals("true-false")) {
            // the script fills in the next index and a fresh id where the template says so
            assertThat(editor.select("template[data-row-template]").first().html()).contains("[NEWINDEX]")
                    .contains(type.equals("numeric") || type.equals("short-text") ? "[NEWINDEX]" : "NEWID");
        }
    }

    @Test
    void showsEachProblemBesideItsFieldAndSavesNothing() throws Exception {
        MvcResult result = mvc.perform(post("/item-banks/" + bank + "/items").with(as(teacher)).with(csrf())
                .param("type", "single-choice").param("body.prompt", "Which is right?")
                .param("body.choices[0].id", "a1").param("body.choices[0].text", "This").param("body.choices[0].fraction", "1")
                .param("body.choices[1].id", "b2").param("body.choices[1].text", "That").param("body.choices[1].fraction", "7")
                .param("body.choices[2].id", "c3")
                .param("marks", "4").param("negativeMarks", "1").param("difficulty", "easy")
                .param("primaryConcept", "Not a key")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = html(result);
        assertThat(page.select("p.field-error").eachAttr("data-field"))
                .containsExactlyInAnyOrder("body.choices[1].fraction", "primaryConcept");
        assertThat(page.select("[name=" + cssEscape("body.choices[1].fraction") + "]").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("[name=" + cssEscape("body.choices[1].fraction") + "]").val()).isEqualTo("7");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items", token).json().path("items")).isEmpty();
    }

    @Test
    void previewsWithoutKeysAndSavesNewVersions() throws Exception {
        MvcResult preview = mvc.perform(post("/item-banks/" + bank + "/items").with(as(teacher)).with(csrf())
                .param("type", "single-choice").param("action", "preview")
                .param("body.prompt", "Which is **right**? <script>alert(1)</script>")
                .param("body.choices[0].id", "a1").param("body.choices[0].text", "Right").param("body.choices[0].fraction", "1")
                .param("body.choices[0].feedback", "SECRET-FEEDBACK")
                .param("body.choices[1].id", "b2").param("body.choices[1].text", "Wrong")).andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        Document shown = html(preview);
        assertThat(shown.select("#item-preview .prompt strong").text()).isEqualTo("right");
        assertThat(shown.select("#item-preview script")).isEmpty();
        assertThat(shown.select("#item-preview").html()).doesNotContain("SECRET-FEEDBACK");
        assertThat(shown.select("#item-preview .choices li")).hasSize(2);
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items", token).json().path("items")).isEmpty();

        MvcResult saved = mvc.perform(post("/item-banks/" + bank + "/items").with(as(teacher)).with(csrf())
                .param("type", "true-false").param("title", "Light").param("body.prompt", "Light is faster than sound.")
                .param("body.answer", "true").param("marks", "4").param("negativeMarks", "1")
                .param("primaryConcept", "physics.kinematics.relative-velocity")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        JsonNode item = api.get("/api/v1/item-banks/" + bank + "/items", token).json().path("items").get(0);
        assertThat(item.path("body").path("answer").asBoolean()).isTrue();
        String id = item.path("id").asString();

        Document edit = html(page("/items/" + id + "/edit"));
        assertThat(edit.select("[name=body.prompt]").text()).isEqualTo("Light is faster than sound.");
        assertThat(edit.select("input[name=body.answer][value=true]").hasAttr("checked")).isTrue();
        mvc.perform(post("/items/" + id).with(as(teacher)).with(csrf()).param("type", "true-false").param("title", "Light")
                .param("body.prompt", "Light is faster than sound.").param("body.answer", "false")
                .param("marks", "4").param("negativeMarks", "1")).andReturn();
        assertThat(api.get("/api/v1/items/" + id, token).json().path("version").asInt()).isEqualTo(2);

        assertThat(mvc.perform(post("/items/" + id + "/delete").with(as(teacher)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
        assertThat(api.get("/api/v1/items/" + id, token).json().path("retired").asBoolean()).isTrue();
    }

    @Test
    void aPreviewOfAnInvalidItemSaysWhyInThePreview() throws Exception {
        MvcResult result = mvc.perform(post("/item-banks/" + bank + "/items").with(as(teacher)).with(csrf())
                .param("type", "ordering").param("action", "preview").param("body.prompt", "Order these.")
                .param("body.items[0].id", "a1").param("body.items[0].text", "Only one")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = html(result);
        assertThat(page.select("#item-preview [data-testid=form-errors]").text()).contains("body.items");
        assertThat(page.select("p.field-error").eachAttr("data-field")).contains("body.items");
    }

    @Test
    void learnersDoNotGetIn() throws Exception {
        Person learner = data.member(tenant, Role.LEARNER);
        assertThat(mvc.perform(get("/item-banks").with(as(learner)).accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/item-banks/" + bank + "/items/new").with(as(learner)).accept(MediaType.TEXT_HTML))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    static String cssEscape(String name) {
        return "\"" + name + "\"";
    }
}
