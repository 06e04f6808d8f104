package org.vidya.mastery.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Tenancy;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo graph: platform-wide, at least 40 JEE concepts over physics and mathematics with the
 * keys the demo items and course use, physics needing mathematics, exam weights summing to one
 * per subject; loading it again changes nothing.
 */
@ApiTest
class ConceptGraphDemoDataTests {

    static final Set<String> COURSE_CONCEPTS = Set.of("physics.kinematics.displacement",
            "physics.kinematics.uniform-acceleration", "physics.kinematics.projectile",
            "physics.kinematics.relative-velocity", "physics.laws-of-motion.newton",
            "physics.laws-of-motion.free-body-diagram", "physics.laws-of-motion.friction",
            "physics.laws-of-motion.circular-motion");

    @Autowired ConceptGraphService service;
    @Autowired ConceptGraphs graphs;
    @Autowired ResourceLoader resources;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void loadsThePlatformGraphOnceAndEveryTenantReadsIt() {
        ConceptGraphDemoData demo = new ConceptGraphDemoData(service, resources, "classpath:demo/concepts/jee.json");
        demo.load();
        assertThat(demo.load()).isNull();
        long stored = jdbc.queryForObject("select count(*) from mastery_concept where tenant_id = ?", Long.class,
                new UUID(0L, 0L));
        assertThat(stored).isGreaterThanOrEqualTo(40);

        ConceptGraph graph = Tenancy.callAs(data.tenant().id(), graphs::current);
        assertThat(graph.size()).isGreaterThanOrEqualTo(40);
        assertThat(graph.subjects()).contains("physics", "math");
        assertThat(graph.subject("physics")).hasSizeGreaterThanOrEqualTo(20).allMatch(Concept::platform);
        assertThat(graph.subject("math")).hasSizeGreaterThanOrEqualTo(20);
        COURSE_CONCEPTS.forEach(key -> assertThat(graph.contains(key)).as(key).isTrue());
        for (String subject : List.of("physics", "math")) {
            double total = graph.subject(subject).stream().mapToDouble(Concept::examWeight).sum();
            assertThat(total).as(subject).isBetween(0.99, 1.01);
        }
        assertThat(graph.prerequisitesOf("physics.kinematics.projectile")).extracting(Prerequisite::prerequisite)
                .contains("math.vectors.basics", "math.trigonometry.ratios");
        assertThat(graph.edges()).extracting(Prerequisite::kind).contains(PrerequisiteKind.HARD,
                PrerequisiteKind.SOFT);
        // a layer is a concept's depth within its subject: a prerequisite of the same subject sits lower
        for (Prerequisite edge : graph.edges()) {
            Concept concept = graph.concept(edge.concept()).orElseThrow();
            Concept needed = graph.concept(edge.prerequisite()).orElseThrow();
            if (concept.subject().equals(needed.subject())) {
                assertThat(needed.layer()).as(edge.toString()).isLessThan(concept.layer());
            }
        }
    }
}
