package org.vidya.mastery.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.Observation;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/**
 * The class heatmap: the class's teacher and the organization admin see each learner's mastery
 * by concept with the number in each cell, sortable by a concept, and the concepts most of the
 * class is weak in; another teacher finds no such class, a learner may not open it.
 */
@ApiTest
class ClassMasteryPageTests {

    static final String SUBJECT = "heattest";
    static final String FORCES = "heattest.forces";
    static final String ENERGY = "heattest.energy";
    static final String GRAPH = """
            {"concepts": [
              {"key": "heattest.forces", "name": "Heat forces", "subject": "heattest", "layer": 1, "difficulty": 2,
               "examWeight": 0.5},
              {"key": "heattest.energy", "name": "Heat energy", "subject": "heattest", "layer": 2, "difficulty": 3,
               "examWeight": 0.5}],
             "prerequisites": [
              {"concept": "heattest.energy", "prerequisite": "heattest.forces", "weight": 0.5, "kind": "SOFT",
               "transfer": 0.0}]}
            """;

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired ConceptGraphService graphs;
    @Autowired KnowledgeStates states;
    @Autowired TestClock clock;

    World world;
    Person strong;
    Person weak;
    Person fresh;

    @BeforeEach
    void aClassWithHistories() {
        world = data.world("heatmap");
        courses.as(world.tenant().id(), () -> graphs.importFile("json", GRAPH.getBytes(StandardCharsets.UTF_8), false));
        strong = world.person(Role.LEARNER);
        weak = data.member(world.tenant(), "Bhavna Weak", Role.LEARNER);
        fresh = data.member(world.tenant(), "Chetan Fresh", Role.LEARNER);
        data.inClass(world.tenant(), world.classId(), weak, ClassMember.ClassRole.LEARNER);
        data.inClass(world.tenant(), world.classId(), fresh, ClassMember.ClassRole.LEARNER);
        answers(strong, FORCES, 6, 0);
        answers(weak, FORCES, 0, 6);
        answers(weak, ENERGY, 1, 5);
    }

    void answers(Person who, String concept, int right, int wrong) {
        List<Observation> observations = new java.util.ArrayList<>();
        for (int i = 0; i < right + wrong; i++) {
            observations.add(new Observation(null, concept, List.of(), 0.0, 1.0, i < right ? 1 : 0,
                    clock.instant().minus(Duration.ofHours(right + wrong - i)), 20_000));
        }
        MasteryPageTests.actingAs(who, () -> {
            states.record(who.id(), observations, EvidenceSource.PRACTICE);
            return null;
        });
    }

    String url(String query) {
        return "/mastery/classes/" + world.classId() + "?subject=" + SUBJECT + query;
    }

    Document heatmap(Person who, String query) throws Exception {
        return html(mvc.perform(get(url(query)).with(as(who))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theTeacherOfTheClassSeesEachLearnersMasteryAsNumbersInATable() throws Exception {
        Document page = heatmap(world.person(Role.TEACHER), "");
        assertThat(page.select("[data-testid=concept-header]").eachAttr("data-concept")).containsExactly(FORCES, ENERGY);
        assertThat(page.select("[data-testid=heatmap-table] thead th[scope=col]")).hasSize(3);
        assertThat(page.select("[data-testid=heatmap-learner]").eachText()).contains("Bhavna Weak", "Chetan Fresh",
                strong.name());
        String strongForces = cell(page, strong.name(), FORCES);
        String weakForces = cell(page, "Bhavna Weak", FORCES);
        assertThat(Integer.parseInt(strongForces)).isGreaterThan(Integer.parseInt(weakForces));
        assertThat(cell(page, "Chetan Fresh", FORCES)).isEqualTo("–");
        assertThat(page.select("[data-testid=weak-concept]").eachAttr("data-concept")).contains(ENERGY);
        assertThat(page.select("[data-testid=weak-concept][data-concept=" + ENERGY + "]").text())
                .contains("1 of 1 learners below mastered (100%)");
    }

    @Test
    void sortingByAConceptPutsItsWeakestLearnersFirstAndSaysSo() throws Exception {
        Document up = heatmap(world.person(Role.TEACHER), "&sort=" + FORCES);
        assertThat(up.select("[data-testid=heatmap-learner]").eachText())
                .containsExactly("Bhavna Weak", strong.name(), "Chetan Fresh");
        assertThat(up.select("[data-testid=concept-header][data-concept=" + FORCES + "]").attr("aria-sort"))
                .isEqualTo("ascending");
        assertThat(up.select("[data-testid=concept-header][data-concept=" + FORCES + "] a").attr("href"))
                .contains("order=desc");

        Document down = heatmap(world.person(Role.TEACHER), "&sort=" + FORCES + "&order=desc");
        assertThat(down.select("[data-testid=heatmap-learner]").eachText())
                .containsExactly(strong.name(), "Bhavna Weak", "Chetan Fresh");
    }

    @Test
    void theOrganizationAdminReadsEveryClass() throws Exception {
        assertThat(heatmap(world.person(Role.ORG_ADMIN), "").select("[data-testid=heatmap-row]")).hasSize(3);
    }

    @Test
    void anotherTeacherFindsNoSuchClassAndALearnerIsRefused() throws Exception {
        Person other = data.member(world.tenant(), Role.TEACHER);
        mvc.perform(get(url("")).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get(url("")).with(as(strong))).andExpect(status().isForbidden());
        mvc.perform(get("/mastery/classes/" + java.util.UUID.randomUUID()).with(as(world.person(Role.TEACHER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTeachersDashboardLinksTheHeatmap() throws Exception {
        Document dashboard = html(mvc.perform(get("/").with(as(world.person(Role.TEACHER))))
                .andExpect(status().isOk()).andReturn());
        assertThat(dashboard.select("[data-testid=dashboard-class-mastery-link] a").attr("href"))
                .isEqualTo("/mastery/classes/" + world.classId());
    }

    static String cell(Document page, String learner, String concept) {
        return page.select("[data-testid=heatmap-row]").stream()
                .filter(row -> row.select("[data-testid=heatmap-learner]").text().equals(learner)).findFirst()
                .orElseThrow().select("[data-testid=heat-cell][data-concept=" + concept + "]").text();
    }
}
