package org.vidya.mastery.graph;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The layered layout and its SVG: no overlaps, edges downwards, fewer crossings, escaped and accessible markup. */
class ConceptGraphLayoutTests {

    static ConceptGraph demo() throws Exception {
        try (InputStream in = ConceptGraphLayoutTests.class.getResourceAsStream("/demo/concepts/jee.json")) {
            ConceptGraphRules.Checked checked = ConceptGraphRules.check(ConceptJson.read(in.readAllBytes()), Map.of(),
                    true);
            return new ConceptGraph(checked.concepts(), checked.edges());
        }
    }

    static Concept concept(String key, String name) {
        return new Concept(key, name, "math", 1, null, 3, 0.1, null, true);
    }

    static Prerequisite edge(String concept, String prerequisite, PrerequisiteKind kind) {
        return new Prerequisite(concept, prerequisite, 0.5, kind, 0.1);
    }

    @Test
    void nodesNeverOverlapAndEveryEdgeGoesDownwards() throws Exception {
        ConceptGraph graph = demo();
        for (String subject : new String[] {"physics", "math", null}) {
            ConceptGraphLayout layout = ConceptGraphLayout.of(graph, subject);
            List<ConceptGraphLayout.Node> nodes = layout.nodes();
            assertThat(nodes).hasSize(subject == null ? graph.size() : graph.subject(subject).size());
            for (int i = 0; i < nodes.size(); i++) {
                ConceptGraphLayout.Node a = nodes.get(i);
                assertThat(a.x()).isGreaterThanOrEqualTo(0);
                assertThat(a.x() + a.width()).isLessThanOrEqualTo(layout.width());
                assertThat(a.bottom()).isLessThanOrEqualTo(layout.height());
                for (int j = i + 1; j < nodes.size(); j++) {
                    ConceptGraphLayout.Node b = nodes.get(j);
                    boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
                            || a.bottom() <= b.y() || b.bottom() <= a.y();
                    assertThat(apart).as("%s and %s", a.concept().key(), b.concept().key()).isTrue();
                }
            }
            assertThat(layout.edges()).isNotEmpty().allSatisfy(e -> {
                assertThat(e.from().concept().key()).isEqualTo(e.prerequisite().prerequisite());
                assertThat(e.from().bottom()).isLessThan(e.to().y());
                List<int[]> points = e.points();
                assertThat(points.get(0)).containsExactly(e.from().centreX(), e.from().bottom());
                assertThat(points.get(points.size() - 1)).containsExactly(e.to().centreX(), e.to().y());
                for (int p = 1; p < points.size(); p++) {
                    assertThat(points.get(p)[1]).isGreaterThan(points.get(p - 1)[1]);
                    // the straight runs through a row pass between its nodes, never through one
                    if (points.get(p)[0] == points.get(p - 1)[0]) {
                        int x = points.get(p)[0];
                        int top = points.get(p - 1)[1];
                        int bottom = points.get(p)[1];
                        assertThat(nodes).noneMatch(n -> n.x() < x && x < n.x() + n.width() && n.y() < bottom
                                && top < n.bottom() && n != e.from() && n != e.to());
                    }
                }
            });
        }
    }

    @Test
    void longEdgesRunThroughAGapOnEveryRowBetween() {
        // a needs c directly and through b: the direct edge skips b's row
        ConceptGraph graph = new ConceptGraph(List.of(concept("a", "A"), concept("b", "B"), concept("c", "C")),
                List.of(edge("b", "c", PrerequisiteKind.HARD), edge("a", "b", PrerequisiteKind.HARD),
                        edge("a", "c", PrerequisiteKind.SOFT)));
        ConceptGraphLayout layout = ConceptGraphLayout.of(graph, null);
        ConceptGraphLayout.Edge skip = layout.edges().stream()
                .filter(e -> e.prerequisite().prerequisite().equals("c") && e.prerequisite().concept().equals("a"))
                .findFirst().orElseThrow();
        assertThat(skip.points()).hasSize(4);
        ConceptGraphLayout.Node b = layout.nodes().stream().filter(n -> n.concept().key().equals("b")).findFirst()
                .orElseThrow();
        int x = skip.points().get(1)[0];
        assertThat(x < b.x() || x > b.x() + b.width()).isTrue();
        assertThat(ConceptGraphSvg.path(skip.points())).startsWith("M").contains(" L");
    }

    @Test
    void aSubjectsDrawingHoldsOnlyItsConceptsAndTheEdgesBetweenThem() throws Exception {
        ConceptGraphLayout physics = ConceptGraphLayout.of(demo(), "physics");
        assertThat(physics.nodes()).allMatch(n -> n.concept().subject().equals("physics"));
        assertThat(physics.edges()).allMatch(e -> e.from().concept().subject().equals("physics"));
    }

    @Test
    void barycentreOrderingRemovesAvoidableCrossings() {
        // given in an order that crosses: a1 over b2, a2 over b1
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("a1", "A1"), concept("a2", "A2"), concept("b1", "B1"), concept("b2", "B2")),
                List.of(edge("b2", "a1", PrerequisiteKind.HARD), edge("b1", "a2", PrerequisiteKind.HARD)));
        ConceptGraphLayout layout = ConceptGraphLayout.of(graph, null);
        assertThat(layout.crossings()).isZero();
        assertThat(layout.rows()).hasSize(2);
    }

    @Test
    void svgDrawsKindsColoursAndEscapedTitles() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("a", "Ratios <&> \"quotes\""), concept("b", "B"), concept("c", "C")),
                List.of(edge("b", "a", PrerequisiteKind.HARD), edge("c", "a", PrerequisiteKind.SOFT)));
        String plain = ConceptGraphSvg.render(graph, null, null, "Graph \"of\" math");
        assertThat(plain).startsWith("<svg").endsWith("</svg>").contains("aria-label=\"Graph &quot;of&quot; math\"")
                .contains("<title>Ratios &lt;&amp;&gt; &quot;quotes&quot; (a)</title>")
                .contains("href=\"/concepts/a\"").doesNotContain("hsl(").doesNotContain("<&>");
        assertThat(plain.split("data-kind=\"hard\"", -1)).hasSize(2);
        assertThat(plain.split("stroke-dasharray=\"6 4\"", -1)).hasSize(2);

        String coloured = ConceptGraphSvg.render(graph, null, Map.of("a", 0.0, "b", 1.0), "Mastery",
                key -> "/mastery/" + key);
        assertThat(coloured).contains("hsl(0, 70%, 82%)", "hsl(120, 70%, 82%)", "(a): 0%", "(b): 100%",
                "href=\"/mastery/c\"");
        // no value for c: white and dashed, so "not known" is not read as "not mastered"
        assertThat(coloured).contains("fill=\"#ffffff\" stroke=\"#71717a\" stroke-dasharray=\"4 3\"");
    }

    @Test
    void longNamesAreShortenedOnTheNodeButWholeInTheTitle() {
        String name = "Conservation of mechanical energy in non-inertial frames";
        ConceptGraph graph = new ConceptGraph(List.of(concept("a", name)), List.of());
        String svg = ConceptGraphSvg.render(graph, null, null, "Graph");
        assertThat(svg).contains("<title>" + name + " (a)</title>").contains(">Conservation of mechani…</text>");
    }

    @Test
    void anEmptyGraphDrawsAnEmptyPicture() {
        ConceptGraphLayout layout = ConceptGraphLayout.of(ConceptGraph.empty(), "physics");
        assertThat(layout.nodes()).isEmpty();
        assertThat(ConceptGraphSvg.render(ConceptGraph.empty(), null, null, "Graph")).contains("<svg", "</svg>");
    }
}
