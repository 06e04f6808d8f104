package org.vidya.mastery.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** The concept graph API: import (dry run, replace, refusals), reading, export round trips, and who may. */
@ApiTest
class ConceptApiTests {

    static final String IMPORT = "/api/v1/concepts/imports?format=";

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired MockMvc mvc;
    @Autowired ConceptGraphs graphs;

    TestTenant tenant;
    String teacher;
    String learner;

    @BeforeEach
    void aSchool() throws Exception {
        String admin = api.signIn(data.platformAdmin()).accessToken();
        byte[] demo = getClass().getResourceAsStream("/demo/concepts/jee.json").readAllBytes();
        assertThat(api.post(IMPORT + "json&dryRun=false", admin, new String(demo, StandardCharsets.UTF_8)).status())
                .isEqualTo(200);
        tenant = data.tenant();
        teacher = api.signIn(data.member(tenant, Role.TEACHER)).accessToken();
        learner = api.signIn(data.member(tenant, Role.LEARNER)).accessToken();
    }

    static Map<String, Object> concept(String key, int layer) {
        return Map.of("key", key, "name", "Concept " + key, "subject", "school", "layer", layer, "difficulty", 2,
                "examWeight", 0.25, "description", "About " + key);
    }

    static Map<String, Object> edge(String concept, String prerequisite) {
        return Map.of("concept", concept, "prerequisite", prerequisite, "weight", 0.6, "kind", "SOFT",
                "transfer", 0.2);
    }

    static Map<String, Object> graph(List<Map<String, Object>> concepts, List<Map<String, Object>> edges) {
        return Map.of("concepts", concepts, "prerequisites", edges);
    }

    Map<String, Object> threeConcepts() {
        return graph(List.of(concept("school.a", 1), concept("school.b", 2), concept("school.c", 3)),
                List.of(edge("school.b", "school.a"), edge("school.c", "school.b"),
                        edge("school.a", "math.vectors.basics")));
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndSavesNothing() {
        Api.Response dry = api.post(IMPORT + "json&dryRun=true", teacher, threeConcepts());
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().path("dryRun").asBoolean()).isTrue();
        assertThat(dry.json().path("conceptsAdded").asInt()).isEqualTo(3);
        assertThat(dry.json().path("prerequisitesAdded").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/concepts/school.a", teacher).status()).isEqualTo(404);
    }

    @Test
    void anImportReplacesTheTenantsGraphAndEveryoneReadsItAtOnce() {
        assertThat(api.post(IMPORT + "json&dryRun=false", teacher, threeConcepts()).status()).isEqualTo(200);
        ConceptGraph graph = Tenancy.callAs(tenant.id(), graphs::current);
        assertThat(graph.contains("school.c")).isTrue();
        assertThat(graph.ancestorsOf("school.c")).contains("school.b", "school.a", "math.vectors.basics");

        JsonNode list = api.get("/api/v1/concepts?subject=school", learner).json();
        assertThat(list).extracting(n -> n.path("key").asString()).containsExactly("school.a", "school.b",
                "school.c");
        JsonNode b = api.get("/api/v1/concepts/school.b", learner).json();
        assertThat(b.path("concept").path("platform").asBoolean()).isFalse();
        assertThat(b.path("prerequisites").get(0).path("prerequisite").asString()).isEqualTo("school.a");
        assertThat(b.path("dependents").get(0).path("concept").asString()).isEqualTo("school.c");
        assertThat(api.get("/api/v1/concepts/math.vectors.basics", learner).json().path("dependents").toString())
                .contains("school.a");

        // replace: what the next file leaves out is gone
        Api.Response second = api.post(IMPORT + "json&dryRun=false", teacher,
                graph(List.of(concept("school.a", 1)), List.of()));
        assertThat(second.json().path("conceptsRemoved").asInt()).isEqualTo(2);
        assertThat(second.json().path("removed")).extracting(JsonNode::asString).containsExactly("school.b",
                "school.c");
        assertThat(Tenancy.callAs(tenant.id(), graphs::current).contains("school.b")).isFalse();
    }

    @Test
    void aCycleIsRefusedNamedAndNothingIsImported() {
        api.post(IMPORT + "json&dryRun=false", teacher, threeConcepts());
        Api.Response cyclic = api.post(IMPORT + "json&dryRun=false", teacher,
                graph(List.of(concept("school.a", 1), concept("school.b", 2), concept("school.new", 1)),
                        List.of(edge("school.a", "school.b"), edge("school.b", "school.a"))));
        cyclic.isProblem(400, "prerequisite-cycle");
        assertThat(cyclic.json().path("detail").asString()).contains("school.a → school.b → school.a");
        assertThat(cyclic.json().path("errors").get(0).path("code").asString()).isEqualTo("cycle");
        assertThat(api.get("/api/v1/concepts/school.c", teacher).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/concepts/school.new", teacher).status()).isEqualTo(404);
    }

    @Test
    void unknownKeysAndBadValuesAreNamedByLineAndField() {
        String csv = "record,key,name,subject,layer,parent,difficulty,exam_weight,description,prerequisite,weight,"
                + "kind,transfer\n"
                + "concept,school.a,A,school,1,,3,0.1,,,,,\n"
                + "prerequisite,school.a,,,,,,,,school.nowhere,1.5,HARD,0\n";
        Api.Response refused = api.send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(IMPORT + "csv&dryRun=false"), teacher, csv);
        refused.isProblem(400, "invalid-graph");
        assertThat(refused.errorFields()).containsExactly("line 3: prerequisite", "line 3: weight");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("school.nowhere");
    }

    @Test
    void filesOverTwoMegabytesAreRefusedWith413() throws Exception {
        byte[] big = new byte[(int) org.vidya.mastery.graph.ConceptGraphService.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        var response = mvc.perform(multipart(IMPORT + "json&dryRun=true")
                .file(new MockMultipartFile("file", "big.json", "application/octet-stream", big))
                .header("Authorization", "Bearer " + teacher)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("file-too-large");
    }

    @Test
    void exportsImportBackToTheSameGraphInBothFormats() throws Exception {
        api.post(IMPORT + "json&dryRun=false", teacher, threeConcepts());
        for (String format : List.of("csv", "json")) {
            var exported = mvc.perform(get("/api/v1/concepts/export?format=" + format)
                    .header("Authorization", "Bearer " + teacher)).andReturn().getResponse();
            assertThat(exported.getStatus()).isEqualTo(200);
            assertThat(exported.getHeader("Content-Disposition")).contains("concepts." + format);
            byte[] file = exported.getContentAsByteArray();
            // as a multipart upload, the way the page and most clients send files
            var again = mvc.perform(multipart(IMPORT + format + "&dryRun=true")
                    .file(new MockMultipartFile("file", "concepts." + format, "application/octet-stream", file))
                    .header("Authorization", "Bearer " + teacher)).andReturn().getResponse();
            JsonNode report = api.json().readTree(again.getContentAsString());
            assertThat(again.getStatus()).as(format).isEqualTo(200);
            assertThat(report.path("conceptsUnchanged").asInt()).as(format).isEqualTo(3);
            assertThat(report.path("conceptsAdded").asInt() + report.path("conceptsChanged").asInt()
                    + report.path("conceptsRemoved").asInt() + report.path("prerequisitesAdded").asInt()
                    + report.path("prerequisitesRemoved").asInt()).as(format).isZero();
        }
    }

    @Test
    void learnersReadButDoNotImport() {
        api.post(IMPORT + "json&dryRun=true", learner, threeConcepts()).isProblem(403, "access-denied");
        api.get("/api/v1/concepts/export?format=json", learner).isProblem(403, "access-denied");
        assertThat(api.get("/api/v1/concepts?subject=physics", learner).json().size()).isGreaterThanOrEqualTo(20);
        api.get("/api/v1/concepts/nowhere.at-all", learner).isProblem(404, "concept-not-found");
        api.post(IMPORT + "yaml", teacher, threeConcepts()).isInvalid("format");
    }
}
