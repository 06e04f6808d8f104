package org.vidya.mastery.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.mastery.Prerequisite;
import org.vidya.platform.ApiException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON layout of a concept graph (docs/concept-graph.md): one object with a
 * {@code concepts} array and a {@code prerequisites} array. Read with a streaming parser so that
 * each entry keeps the line it starts on.
 */
final class ConceptJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            // entries are read one by one from a stream that goes on after each
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ConceptJson() {
    }

    static ConceptGraphFile read(byte[] content) {
        List<ConceptGraphFile.ConceptEntry> concepts = new ArrayList<>();
        List<ConceptGraphFile.EdgeEntry> edges = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(parser, "The file must hold one JSON object with 'concepts' and 'prerequisites'.");
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!"concepts".equals(field) && !"prerequisites".equals(field)) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw malformed(parser, "'" + field + "' must be an array.");
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode entry = JSON.readTree(parser);
                    if (!entry.isObject()) {
                        throw malformed(parser, "Line " + line + ": each entry of '" + field + "' must be an object.");
                    }
                    if ("concepts".equals(field)) {
                        concepts.add(new ConceptGraphFile.ConceptEntry(line, text(entry, "key"), text(entry, "name"),
                                text(entry, "subject"), text(entry, "layer"), text(entry, "parent"),
                                text(entry, "difficulty"), text(entry, "examWeight"), text(entry, "description")));
                    } else {
                        edges.add(new ConceptGraphFile.EdgeEntry(line, text(entry, "concept"),
                                text(entry, "prerequisite"), text(entry, "weight"), text(entry, "kind"),
                                text(entry, "transfer")));
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw malformed(parser, "The file must hold one JSON object and nothing after it.");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw ApiException.badRequest("malformed-file", "The JSON could not be read near line " + line + ".")
                    .with("line", line);
        }
        return new ConceptGraphFile(concepts, edges);
    }

    private static ApiException malformed(JsonParser parser, String detail) {
        return ApiException.badRequest("malformed-file", detail)
                .with("line", parser.currentTokenLocation().getLineNr());
    }

    private static @Nullable String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        // objects and arrays are kept as their JSON so that the rules report them as not a number or too long
        return value.isValueNode() ? value.asString() : value.toString();
    }

    static byte[] write(Collection<Concept> concepts, Collection<Prerequisite> edges) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode conceptArray = root.putArray("concepts");
        for (Concept concept : concepts) {
            ObjectNode node = conceptArray.addObject();
            node.put("key", concept.key());
            node.put("name", concept.name());
            node.put("subject", concept.subject());
            node.put("layer", concept.layer());
            if (concept.parent() != null) {
                node.put("parent", concept.parent());
            }
            node.put("difficulty", concept.difficulty());
            node.put("examWeight", concept.examWeight());
            if (concept.description() != null) {
                node.put("description", concept.description());
            }
        }
        ArrayNode edgeArray = root.putArray("prerequisites");
        for (Prerequisite edge : edges) {
            ObjectNode node = edgeArray.addObject();
            node.put("concept", edge.concept());
            node.put("prerequisite", edge.prerequisite());
            node.put("weight", edge.weight());
            node.put("kind", edge.kind().name());
            node.put("transfer", edge.transfer());
        }
        return JSON.writeValueAsBytes(root);
    }
}
