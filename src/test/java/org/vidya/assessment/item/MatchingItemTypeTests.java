package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingItemTypeTests {

    final MatchingItemType type = new MatchingItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Match each unit to its quantity.", "shuffle": true,
             "stems": [{"id": "s1", "text": "newton", "match": "o2"}, {"id": "s2", "text": "joule", "match": "o1"},
                       {"id": "s3", "text": "watt", "match": "o3"}, {"id": "s4", "text": "pascal", "match": "o4"}],
             "options": [{"id": "o1", "text": "energy"}, {"id": "o2", "text": "force"}, {"id": "o3", "text": "power"},
                         {"id": "o4", "text": "pressure"}, {"id": "o5", "text": "charge"}]}""");

    @Test
    void stemsMustMatchKnownOptions() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "stems": [{"id": "s1", "text": "a", "match": "zz"}, {"id": "o1", "text": "b"}],
                 "options": [{"id": "o1", "text": "x"}, {"id": "o2", "text": "y"}]}"""))))
                .containsExactly("stems[0].match", "stems[1].id", "stems[1].match");
    }

    @Test
    void rendersWithoutMatchesWithOptionsShuffledBySeed() {
        JsonNode shown = type.render(BODY, new RenderContext(11, false));
        Json.assertNoKeys(shown);
        assertThat(shown.get("stems").findValuesAsString("id")).containsExactly("s1", "s2", "s3", "s4");
        assertThat(shown.get("options").findValuesAsString("id")).containsExactlyInAnyOrder("o1", "o2", "o3", "o4", "o5");
        assertThat(Json.bytes(type.render(BODY, new RenderContext(11, false)))).isEqualTo(Json.bytes(shown));
        long orders = java.util.stream.LongStream.range(0, 20)
                .mapToObj(seed -> type.render(BODY, new RenderContext(seed, false)).get("options").toString())
                .distinct().count();
        assertThat(orders).isGreaterThan(3);
    }

    @Test
    void scoresTheShareOfRightStems() {
        assertThat(type.grade(BODY, Json.of("{\"matches\": {\"s1\": \"o2\", \"s2\": \"o1\", \"s3\": \"o3\", \"s4\": \"o4\"}}"))
                .outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"matches\": {\"s1\": \"o2\", \"s2\": \"o5\"}}")).fraction()).isEqualTo(0.25);
        assertThat(type.grade(BODY, Json.of("{\"matches\": {\"s1\": \"o1\"}}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"matches\": {}}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"matches\": [\"o1\"]}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void refusesUnknownStemsAndOptions() {
        assertThat(Json.fields(type.validateResponse(BODY, Json.of("{\"matches\": {\"s9\": \"o1\", \"s1\": \"o9\", \"s2\": 3}}"))))
                .containsExactly("matches.s9", "matches.s1", "matches.s2");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"matches\": [1]}")))).containsExactly("not-an-object");
    }
}
