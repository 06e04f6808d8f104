package org.vidya.mastery.graph;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A concept graph as read from an import file, before any check: every value is the text the
 * file had (null when absent), with the line it started on, so that the rules can name the line
 * of each problem whatever the format.
 */
record ConceptGraphFile(List<ConceptEntry> concepts, List<EdgeEntry> edges) {

    record ConceptEntry(int line, @Nullable String key, @Nullable String name, @Nullable String subject,
            @Nullable String layer, @Nullable String parent, @Nullable String difficulty,
            @Nullable String examWeight, @Nullable String description) {
    }

    record EdgeEntry(int line, @Nullable String concept, @Nullable String prerequisite, @Nullable String weight,
            @Nullable String kind, @Nullable String transfer) {
    }
}
