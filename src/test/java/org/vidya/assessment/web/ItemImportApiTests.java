package org.vidya.assessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.assessment.exchange.moodle.MoodleXmlFormat;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Imports into real banks: what a dry run says is valid is what a real import saves, and exports read back. */
@ApiTest
class ItemImportApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;

    String teacher;
    String bank;

    @BeforeEach
    void aTeachersBank() {
        TestTenant tenant = data.tenant();
        teacher = api.signIn(data.member(tenant, Role.TEACHER)).accessToken();
        Api.Response created = api.post("/api/v1/item-banks", teacher, Map.of("name", "Imported"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        bank = created.json().path("id").asString();
    }

    Api.Response importFile(String format, boolean dryRun, byte[] content) {
        return importFile(teacher, format, dryRun, content);
    }

    Api.Response importFile(String token, String format, boolean dryRun, byte[] content) {
        try {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                    .post("/api/v1/item-banks/" + bank + "/imports?format=" + format + "&dryRun=" + dryRun)
                    .header("Authorization", "Bearer " + token).contentType("application/octet-stream")
                    .content(content)).andReturn().getResponse();
            String text = response.getContentAsString(StandardCharsets.UTF_8);
            return new Api.Response(response.getStatus(), api.json().readTree(text), text, response);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String export(String format) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/item-banks/" + bank + "/exports?format=" + format)
                .header("Authorization", "Bearer " + teacher)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode items() {
        return api.get("/api/v1/item-banks/" + bank + "/items?limit=100", teacher).json().path("items");
    }

    byte[] moodleSample() throws IOException {
        try (InputStream in = MoodleXmlFormat.class.getResourceAsStream("sample.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aDryRunSavesNothingAndARealImportSavesWhatItCalledValid() throws IOException {
        Api.Response dryRun = importFile("moodle-xml", true, moodleSample());
        assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
        assertThat(dryRun.json().get("valid").asInt()).isEqualTo(9);
        assertThat(dryRun.json().get("refused")).hasSize(2);
        assertThat(items()).isEmpty();

        Api.Response saved = importFile("moodle-xml", false, moodleSample());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("created")).hasSize(9);
        JsonNode items = items();
        assertThat(items).hasSize(9);
        assertThat(items.valueStream().map(item -> item.path("type").asString()))
                .containsExactlyInAnyOrder("single-choice", "multiple-response", "true-false", "short-text", "numeric",
                        "essay", "matching", "ordering", "cloze");
        JsonNode categories = api.get("/api/v1/item-banks/" + bank + "/categories", teacher).json();
        assertThat(categories.toString()).contains("Kinematics");
    }

    @Test
    void itemsWithProblemsAreNotSavedAndTheOthersAre() {
        String gift = "::Fine:: Fine {T}\n\n::Two keys:: Pick {=a =b ~c}\n\n::Also fine:: Capital? {=Paris}\n";
        Api.Response saved = importFile("gift", false, gift.getBytes(StandardCharsets.UTF_8));
        assertThat(saved.json().get("created")).hasSize(2);
        assertThat(saved.json().get("refused")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(items().valueStream().map(item -> item.path("title").asString()))
                .containsExactlyInAnyOrder("Fine", "Also fine");
    }

    @Test
    void platformAdminsImportIntoThePlatformsBanksWhichTenantsExportButDoNotChange() throws Exception {
        String admin = api.signIn(data.platformAdmin()).accessToken();
        String teachersBank = bank;
        bank = api.post("/api/v1/item-banks", admin, Map.of("name", "For every school")).json().path("id").asString();
        Api.Response saved = importFile(admin, "gift", false, "::Shared:: Shared {T}".getBytes(StandardCharsets.UTF_8));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("created")).hasSize(1);

        assertThat(export("gift")).contains("Shared");
        Api.Response refused = importFile(teacher, "gift", false, "::Taken:: Taken {T}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items", admin).json().path("items")).hasSize(1);
        bank = teachersBank;
    }

    @Test
    void whatABankExportsImportsAgainInEveryTextFormat() throws Exception {
        // GIFT leaves out ordering, cloze, the case-sensitive short answer and the numeric item with units;
        // the CSV layout also leaves out matching.
        importFile("moodle-xml", false, moodleSample());
        assertThat(importFile("moodle-xml", true, export("moodle-xml").getBytes(StandardCharsets.UTF_8))
                .json().get("valid").asInt()).isEqualTo(9);
        Api.Response gift = importFile("gift", true, export("gift").getBytes(StandardCharsets.UTF_8));
        assertThat(gift.json().get("valid").asInt()).as(gift.body()).isEqualTo(5);
        Api.Response csv = importFile("csv", true, export("csv").getBytes(StandardCharsets.UTF_8));
        assertThat(csv.json().get("valid").asInt()).as(csv.body()).isEqualTo(4);
    }
}
