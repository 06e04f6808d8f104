package org.vidya.mastery.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.Concept;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The import rules: each refusal names the line, field or cycle; good files round-trip through CSV and JSON. */
class ConceptGraphRulesTests {

    static final String HEADER = "record,key,name,subject,layer,parent,difficulty,exam_weight,description,"
            + "prerequisite,weight,kind,transfer\n";

    static ConceptGraphRules.Checked csv(String rows) {
        return ConceptGraphRules.check(ConceptCsv.read((HEADER + rows).getBytes(StandardCharsets.UTF_8)), Map.of(),
                true);
    }

    static ApiException refusedCsv(String rows) {
        return catchThrowableOfType(ApiException.class, () -> csv(rows));
    }

    static String concept(String key, int layer) {
        return "concept," + key + ",Name of " + key + ",math," + layer + ",,3,0.1,,,,,\n";
    }

    static String edge(String concept, String prerequisite) {
        return "prerequisite," + concept + ",,,,,,,," + prerequisite + ",0.5,HARD,0.2\n";
    }

    @Test
    void refusesACycleNamingEveryConceptOnIt() {
        ApiException refused = refusedCsv(concept("a", 1) + concept("b", 2) + concept("c", 3) + concept("d", 1)
                + edge("a", "b") + edge("b", "c") + edge("c", "a") + edge("a", "d"));
        assertThat(refused.code()).isEqualTo("prerequisite-cycle");
        assertThat(refused.getMessage()).contains("a → b → c → a");
        assertThat(refused.errors()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("cycle");
            assertThat(v.message()).isEqualTo("a → b → c → a");
            assertThat(v.field()).isEqualTo("line 8: prerequisite");
        });
    }

    @Test
    void refusesAConceptThatNeedsItself() {
        ApiException refused = refusedCsv(concept("a", 1) + edge("a", "a"));
        assertThat(refused.errors()).extracting(FieldViolation::message).containsExactly("a → a");
    }

    @Test
    void namesAnUnknownPrerequisiteKeyAndItsLine() {
        ApiException refused = refusedCsv(concept("a", 1) + edge("a", "nowhere"));
        assertThat(refused.code()).isEqualTo("invalid-graph");
        assertThat(refused.errors()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("line 3: prerequisite");
            assertThat(v.code()).isEqualTo("unknown-concept");
            assertThat(v.message()).contains("'nowhere'");
        });
    }

    @Test
    void refusesValuesOutOfRangeWithTheirLineAndField() {
        ApiException refused = refusedCsv("concept,a,A,math,0,,6,1.5,,,,,\n" + concept("b", 1)
                + "prerequisite,b,,,,,,,,a,1.2,MAYBE,-0.1\n" + "concept,c,C,math,one,,x,,,,,,\n");
        assertThat(refused.errors()).extracting(v -> v.field() + " " + v.code()).containsExactly(
                "line 2: layer out-of-range", "line 2: difficulty out-of-range", "line 2: examWeight out-of-range",
                "line 4: weight out-of-range", "line 4: kind bad-kind", "line 4: transfer out-of-range",
                "line 5: layer not-a-number", "line 5: difficulty not-a-number");
    }

    @Test
    void refusesDuplicateKeysAndPairs() {
        ApiException refused = refusedCsv(concept("a", 1) + concept("b", 2) + concept("a", 1) + edge("b", "a")
                + edge("b", "a"));
        assertThat(refused.errors()).extracting(v -> v.field() + " " + v.code()).containsExactly(
                "line 4: key duplicate-key", "line 6: prerequisite duplicate-prerequisite");
        assertThat(refused.errors().get(0).message()).contains("line 2");
    }

    @Test
    void refusesMissingBadAndOverlongFields() {
        String longName = "n".repeat(ConceptGraphRules.MAX_NAME + 1);
        ApiException refused = refusedCsv("concept,,," + "math,1,,,,,,,,\n" + "concept,Bad Key,B,math,1,,,,,,,,\n"
                + "concept,c," + longName + ",math,1,,,,,,,,\n" + "concept,d,D,math,1,nowhere,,,,,,,\n");
        assertThat(refused.errors()).extracting(v -> v.field() + " " + v.code()).containsExactly(
                "line 2: key required", "line 2: name required", "line 3: key bad-key", "line 4: name too-long",
                "line 5: parent unknown-concept");
    }

    @Test
    void aTenantMayNeedPlatformConceptsButNotRedefineThem() {
        Concept vectors = new Concept("math.vectors.basics", "Vectors", "math", 1, null, 2, 0.1, null, true);
        ConceptGraphFile own = ConceptCsv.read((HEADER + concept("school.motion", 2)
                + edge("school.motion", "math.vectors.basics")).getBytes(StandardCharsets.UTF_8));
        ConceptGraphRules.Checked checked = ConceptGraphRules.check(own, Map.of(vectors.key(), vectors), false);
        assertThat(checked.concepts()).extracting(Concept::key, Concept::platform)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("school.motion", false));
        assertThat(checked.edges()).extracting(Prerequisite::prerequisite).containsExactly("math.vectors.basics");

        ConceptGraphFile redefining = ConceptCsv.read((HEADER + concept("math.vectors.basics", 1)
                + concept("school.x", 1) + edge("math.vectors.basics", "school.x")).getBytes(StandardCharsets.UTF_8));
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> ConceptGraphRules.check(redefining, Map.of(vectors.key(), vectors), false));
        assertThat(refused.errors()).extracting(FieldViolation::code).contains("platform-key");
    }

    @Test
    void refusesGraphsOverTheLimitsBeforeLookingAtLines() {
        List<ConceptGraphFile.ConceptEntry> many = new ArrayList<>();
        for (int i = 0; i <= ConceptGraphRules.MAX_CONCEPTS; i++) {
            many.add(new ConceptGraphFile.ConceptEntry(i + 2, "k" + i, "K", "math", "1", null, null, null, null));
        }
        assertThatThrownBy(() -> ConceptGraphRules.check(new ConceptGraphFile(many, List.of()), Map.of(), true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("too-many-concepts");
                    assertThat(e.status().value()).isEqualTo(413);
                });
        List<ConceptGraphFile.EdgeEntry> edges = new ArrayList<>();
        for (int i = 0; i <= ConceptGraphRules.MAX_EDGES; i++) {
            edges.add(new ConceptGraphFile.EdgeEntry(i + 2, "a", "b", null, null, null));
        }
        assertThatThrownBy(() -> ConceptGraphRules.check(new ConceptGraphFile(List.of(), edges), Map.of(), true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code())
                        .isEqualTo("too-many-prerequisites"));
    }

    @Test
    void refusesFilesOverTwoMegabytes() {
        assertThatThrownBy(() -> ConceptGraphService.requireSize(ConceptGraphService.MAX_FILE_BYTES + 1))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("file-too-large");
                    assertThat(e.status().value()).isEqualTo(413);
                });
    }

    @Test
    void aLongChainIsCheckedWithoutOverflowingTheStack() {
        StringBuilder rows = new StringBuilder();
        int length = 4_000;
        for (int i = 0; i < length; i++) {
            rows.append(concept("c" + i, 1 + i / 4));
        }
        for (int i = 1; i < length; i++) {
            rows.append(edge("c" + i, "c" + (i - 1)));
        }
        assertThat(csv(rows.toString()).edges()).hasSize(length - 1);
        rows.append(edge("c0", "c" + (length - 1)));
        ApiException refused = refusedCsv(rows.toString());
        assertThat(refused.code()).isEqualTo("prerequisite-cycle");
        String cycle = refused.errors().get(0).message();
        assertThat(cycle).contains("c0 → c3999 → c3998", "… 3960 more …");
        assertThat(cycle.split(" → ")[0]).isEqualTo(cycle.substring(cycle.lastIndexOf(" → ") + 3));
    }

    @Test
    void reportsMalformedFilesWithTheirLine() {
        assertThatThrownBy(() -> ConceptJson.read("{\"concepts\": [\n{\"key\": \"a\",\n}".getBytes(
                StandardCharsets.UTF_8))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code()).isEqualTo("malformed-file"));
        assertThatThrownBy(() -> ConceptCsv.read("record,key,colour\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("colour"));
        assertThatThrownBy(() -> ConceptCsv.read((HEADER + "lesson,a,,,,,,,,,,,\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors()).extracting(
                        FieldViolation::field).containsExactly("line 2: record"));
        assertThatThrownBy(() -> ConceptCsv.read(new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("malformed-file"));
    }

    @Test
    void jsonLinesAreTheLinesEntriesStartOn() {
        String json = """
                {
                  "concepts": [
                    {"key": "a", "name": "A", "subject": "math", "layer": 1},
                    {"key": "b", "name": "B", "subject": "math",
                     "layer": 2}
                  ],
                  "prerequisites": [
                    {"concept": "b", "prerequisite": "a"},
                    {"concept": "b", "prerequisite": "zz", "weight": 2}
                  ]
                }
                """;
        ApiException refused = catchThrowableOfType(ApiException.class, () -> ConceptGraphRules.check(
                ConceptJson.read(json.getBytes(StandardCharsets.UTF_8)), Map.of(), true));
        assertThat(refused.errors()).extracting(FieldViolation::field).containsExactly("line 9: prerequisite",
                "line 9: weight");
    }

    @Test
    void csvAndJsonRoundTripTheSameGraph() {
        List<Concept> concepts = List.of(
                new Concept("math.a", "A, with \"quotes\"", "math", 1, null, 1, 0.25, "Line one, with comma", true),
                new Concept("math.b", "B", "math", 2, "math.a", 5, 0.75, null, true),
                new Concept("physics.c", "C ñ कक्षा", "physics", 1, null, 3, 0.0, "Unicode: ಕನ್ನಡ", true));
        List<Prerequisite> edges = List.of(new Prerequisite("math.b", "math.a", 0.9, PrerequisiteKind.HARD, 0.45),
                new Prerequisite("physics.c", "math.b", 0.3, PrerequisiteKind.SOFT, 0.0));
        for (boolean json : List.of(true, false)) {
            byte[] file = json ? ConceptJson.write(concepts, edges) : ConceptCsv.write(concepts, edges);
            ConceptGraphFile read = json ? ConceptJson.read(file) : ConceptCsv.read(file);
            ConceptGraphRules.Checked checked = ConceptGraphRules.check(read, Map.of(), true);
            assertThat(checked.concepts()).as(json ? "json" : "csv").containsExactlyElementsOf(concepts);
            assertThat(checked.edges()).as(json ? "json" : "csv").containsExactlyElementsOf(edges);
        }
    }

    @Test
    void theDemoGraphPassesTheRules() throws Exception {
        byte[] demo;
        try (var in = getClass().getResourceAsStream("/demo/concepts/jee.json")) {
            demo = in.readAllBytes();
        }
        ConceptGraphRules.Checked checked = ConceptGraphRules.check(ConceptJson.read(demo), Map.of(), true);
        assertThat(checked.concepts()).hasSizeGreaterThanOrEqualTo(40);
        byte[] csv = ConceptCsv.write(checked.concepts(), checked.edges());
        assertThat(ConceptGraphRules.check(ConceptCsv.read(csv), Map.of(), true)).isEqualTo(checked);
    }
}
