package org.vidya.mastery.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The concept pages: the subject's drawing with its table alternative, the import form's dry-run
 * preview, refusals listed by line, the export download, one concept's page, and who may open them.
 */
@ApiTest
class ConceptPageControllerTests {

    static final String HEADER = "record,key,name,subject,layer,parent,difficulty,exam_weight,description,"
            + "prerequisite,weight,kind,transfer\n";

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;

    TestTenant tenant;
    Person teacher;
    Person learner;

    @BeforeEach
    void aSchoolOnTheDemoGraph() throws Exception {
        byte[] demo = getClass().getResourceAsStream("/demo/concepts/jee.json").readAllBytes();
        api.post("/api/v1/concepts/imports?format=json&dryRun=false", api.signIn(data.platformAdmin()).accessToken(),
                new String(demo, StandardCharsets.UTF_8));
        tenant = data.tenant();
        teacher = data.member(tenant, Role.TEACHER);
        learner = data.member(tenant, Role.LEARNER);
    }

    MvcResult upload(String csv, boolean dryRun) throws Exception {
        return mvc.perform(multipart("/concepts/import")
                .file(new MockMultipartFile("file", "graph.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("format", "csv").param("dryRun", String.valueOf(dryRun)).with(as(teacher)).with(csrf()))
                .andReturn();
    }

    @Test
    void drawsTheSubjectWithATableOfTheSameConcepts() throws Exception {
        Document page = html(mvc.perform(get("/concepts").param("subject", "physics").with(as(teacher)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=subjects] a")).extracting(a -> a.text()).contains("Physics",
                "Mathematics");
        assertThat(page.select("[data-testid=subjects] a[aria-current=page]").text()).isEqualTo("Physics");
        var svg = page.select("[data-testid=concept-graph] svg");
        assertThat(svg).hasSize(1);
        assertThat(svg.attr("aria-label")).contains("Concept graph of Physics");
        assertThat(svg.select("a[data-key=physics.kinematics.projectile] title").text()).contains("Projectile motion");
        assertThat(svg.select("path[data-kind=soft]")).isNotEmpty();
        var rows = page.select("[data-testid=concepts] tbody tr");
        assertThat(rows).hasSameSizeAs(svg.select("a[data-key]"));
        assertThat(page.select("[data-testid=concepts] tr[data-key=physics.kinematics.projectile]").text())
                .contains("Vectors", "Platform");
        assertThat(page.select("[data-testid=export] a")).extracting(a -> a.attr("href"))
                .contains("/concepts/export?format=csv", "/concepts/export?format=json");
    }

    @Test
    void aDryRunPreviewsAndTheImportThenAppearsInTheGraph() throws Exception {
        String csv = HEADER + "concept,school.optics,Optics basics,physics,1,,2,0,,,,,\n"
                + "prerequisite,school.optics,,,,,,,,math.trigonometry.ratios,0.5,SOFT,0.1\n";
        Document preview = html(upload(csv, true));
        assertThat(preview.select("[data-testid=import-report]").text()).contains("Nothing was saved yet",
                "1 concepts added");
        assertThat(html(mvc.perform(get("/concepts").param("subject", "physics").with(as(teacher))).andReturn())
                .select("tr[data-key=school.optics]")).isEmpty();

        Document done = html(upload(csv, false));
        assertThat(done.select("[data-testid=import-report]").text()).contains("Imported");
        Document after = html(mvc.perform(get("/concepts").param("subject", "physics").with(as(teacher))).andReturn());
        assertThat(after.select("tr[data-key=school.optics]").text()).contains("Optics basics", "Ours");
        assertThat(after.select("svg a[data-key=school.optics]")).hasSize(1);
    }

    @Test
    void refusalsAreListedByLineAndNothingIsImported() throws Exception {
        String csv = HEADER + "concept,school.a,A,physics,1,,9,0,,,,,\n"
                + "prerequisite,school.a,,,,,,,,school.missing,0.5,HARD,0\n";
        MvcResult result = upload(csv, false);
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        Document page = html(result);
        assertThat(page.select("[data-testid=import-errors] li")).extracting(li -> li.attr("data-field"))
                .containsExactly("line 2: difficulty", "line 3: prerequisite");
        assertThat(page.select("[data-testid=import-errors]").text()).contains("school.missing");
        assertThat(page.select("tr[data-key=school.a]")).isEmpty();
    }

    @Test
    void exportsDownloadTheSchoolsOwnGraph() throws Exception {
        upload(HEADER + "concept,school.own,Own,physics,1,,2,0,,,,,\n", false);
        MvcResult csv = mvc.perform(get("/concepts/export").param("format", "csv").with(as(teacher))).andReturn();
        assertThat(csv.getResponse().getStatus()).isEqualTo(200);
        assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment", "concepts.csv");
        assertThat(csv.getResponse().getContentAsString()).contains("school.own").doesNotContain("physics.units");
    }

    @Test
    void aConceptsPageShowsWhatItNeedsAndWhatNeedsIt() throws Exception {
        Document page = html(mvc.perform(get("/concepts/physics.kinematics.projectile").with(as(learner)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Projectile motion");
        assertThat(page.select("[data-testid=prerequisites] tr[data-key=math.vectors.basics]").text())
                .contains("Vectors", "hard", "0.80");
        assertThat(page.select("[data-testid=concept-facts]").text()).contains("physics.kinematics.projectile");
        assertThat(mvc.perform(get("/concepts/nowhere.at-all").with(as(learner))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void onlyManagersOpenTheGraphPage() throws Exception {
        assertThat(mvc.perform(get("/concepts").with(as(learner))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/concepts/export").with(as(learner))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        Person parent = data.member(tenant, Role.PARENT);
        assertThat(mvc.perform(get("/concepts/physics.units").with(as(parent))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
