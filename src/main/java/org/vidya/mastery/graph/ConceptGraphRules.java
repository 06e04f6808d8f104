package org.vidya.mastery.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.vidya.mastery.Concept;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

/**
 * Checks an imported graph as a whole before anything is written: every field of every line,
 * keys that are unknown, duplicated or (for a tenant) the platform's, and cycles, each named by
 * the concepts on it. A file with any problem is refused with all of them, so nothing is
 * half-imported.
 */
final class ConceptGraphRules {

    static final int MAX_CONCEPTS = 5_000;
    static final int MAX_EDGES = 50_000;
    static final int MAX_KEY = 100;
    static final int MAX_NAME = 200;
    static final int MAX_SUBJECT = 60;
    static final int MAX_DESCRIPTION = 1_000;
    static final int MAX_LAYER = 1_000;
    /** More problems than this are counted, not listed, so that a wrong file gets a readable answer. */
    static final int MAX_LISTED = 200;
    static final int DEFAULT_DIFFICULTY = 3;
    /** Concepts named in a cycle's message before the middle is left out. */
    static final int MAX_CYCLE_NAMED = 40;

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");
    private static final Pattern SUBJECT = Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*");

    /** A graph that passed every rule. */
    record Checked(List<Concept> concepts, List<Prerequisite> edges) {
    }

    private ConceptGraphRules() {
    }

    /**
     * @param outside concepts the file may refer to but not redefine: the platform's, for a tenant's
     *                import; none for the platform's own
     * @param platform whether the file is the platform's graph
     */
    static Checked check(ConceptGraphFile file, Map<String, Concept> outside, boolean platform) {
        if (file.concepts().size() > MAX_CONCEPTS) {
            throw tooLarge("too-many-concepts", "The file has " + file.concepts().size()
                    + " concepts; at most " + MAX_CONCEPTS + " may be imported at once.");
        }
        if (file.edges().size() > MAX_EDGES) {
            throw tooLarge("too-many-prerequisites", "The file has " + file.edges().size()
                    + " prerequisites; at most " + MAX_EDGES + " may be imported at once.");
        }
        List<FieldViolation> errors = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (ConceptGraphFile.ConceptEntry entry : file.concepts()) {
            String key = strip(entry.key());
            if (key != null && firstLine.putIfAbsent(key, entry.line()) != null) {
                errors.add(violation(entry.line(), "key", "duplicate-key",
                        "'" + key + "' is already defined on line " + firstLine.get(key)));
            }
        }
        Map<String, Concept> concepts = new LinkedHashMap<>();
        for (ConceptGraphFile.ConceptEntry entry : file.concepts()) {
            Concept concept = concept(entry, outside, firstLine, platform, errors);
            if (concept != null && firstLine.get(concept.key()) == entry.line()) {
                concepts.put(concept.key(), concept);
            }
        }
        Map<String, ConceptGraphFile.EdgeEntry> pairs = new HashMap<>();
        List<Prerequisite> edges = new ArrayList<>();
        Map<Prerequisite, Integer> edgeLines = new HashMap<>();
        for (ConceptGraphFile.EdgeEntry entry : file.edges()) {
            Prerequisite edge = edge(entry, outside, firstLine, errors);
            if (edge == null) {
                continue;
            }
            ConceptGraphFile.EdgeEntry earlier = pairs.putIfAbsent(edge.concept() + "\n" + edge.prerequisite(), entry);
            if (earlier != null) {
                errors.add(violation(entry.line(), "prerequisite", "duplicate-prerequisite", "'" + edge.concept()
                        + "' already needs '" + edge.prerequisite() + "' on line " + earlier.line()));
                continue;
            }
            edges.add(edge);
            edgeLines.put(edge, entry.line());
        }
        if (errors.isEmpty()) {
            cycles(edges, edgeLines, errors);
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return new Checked(List.copyOf(concepts.values()), List.copyOf(edges));
    }

    private static @Nullable Concept concept(ConceptGraphFile.ConceptEntry entry, Map<String, Concept> outside,
            Map<String, Integer> known, boolean platform, List<FieldViolation> errors) {
        int line = entry.line();
        int before = errors.size();
        String key = key(line, "key", entry.key(), errors);
        if (key != null && outside.containsKey(key)) {
            errors.add(violation(line, "key", "platform-key",
                    "'" + key + "' is a platform concept; a school's own concepts need keys of their own"));
        }
        String name = text(line, "name", entry.name(), MAX_NAME, true, errors);
        String subject = text(line, "subject", entry.subject(), MAX_SUBJECT, true, errors);
        if (subject != null && !SUBJECT.matcher(subject).matches()) {
            errors.add(violation(line, "subject", "bad-subject",
                    "must be lower-case letters and digits, words joined by '.', '-' or '_'"));
        }
        Integer layer = integer(line, "layer", entry.layer(), null, 1, MAX_LAYER, errors);
        String parent = strip(entry.parent());
        if (parent != null) {
            if (key(line, "parent", parent, errors) != null) {
                if (parent.equals(key)) {
                    errors.add(violation(line, "parent", "self-parent", "cannot be the concept itself"));
                } else if (!known.containsKey(parent) && !outside.containsKey(parent)) {
                    errors.add(violation(line, "parent", "unknown-concept", "'" + parent + "' is not a concept"));
                }
            }
        }
        Integer difficulty = integer(line, "difficulty", entry.difficulty(), DEFAULT_DIFFICULTY, 1, 5, errors);
        Double examWeight = fraction(line, "examWeight", entry.examWeight(), 0.0, errors);
        String description = text(line, "description", entry.description(), MAX_DESCRIPTION, false, errors);
        if (errors.size() > before || key == null || name == null || subject == null || layer == null
                || difficulty == null || examWeight == null) {
            return null;
        }
        return new Concept(key, name, subject, layer, parent, difficulty, examWeight, description, platform);
    }

    private static @Nullable Prerequisite edge(ConceptGraphFile.EdgeEntry entry, Map<String, Concept> outside,
            Map<String, Integer> known, List<FieldViolation> errors) {
        int line = entry.line();
        int before = errors.size();
        String concept = key(line, "concept", entry.concept(), errors);
        if (concept != null && !known.containsKey(concept)) {
            errors.add(violation(line, "concept", "unknown-concept", outside.containsKey(concept)
                    ? "'" + concept + "' is a platform concept; only the platform changes what it needs"
                    : "'" + concept + "' is not a concept of this file"));
        }
        String prerequisite = key(line, "prerequisite", entry.prerequisite(), errors);
        if (prerequisite != null && !known.containsKey(prerequisite) && !outside.containsKey(prerequisite)) {
            errors.add(violation(line, "prerequisite", "unknown-concept", "'" + prerequisite + "' is not a concept"));
        }
        Double weight = fraction(line, "weight", entry.weight(), 1.0, errors);
        PrerequisiteKind kind = PrerequisiteKind.HARD;
        String kindText = strip(entry.kind());
        if (kindText != null) {
            try {
                kind = PrerequisiteKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(violation(line, "kind", "bad-kind", "must be HARD or SOFT"));
            }
        }
        Double transfer = fraction(line, "transfer", entry.transfer(), 0.0, errors);
        if (errors.size() > before || concept == null || prerequisite == null || weight == null || transfer == null) {
            return null;
        }
        return new Prerequisite(concept, prerequisite, weight, kind, transfer);
    }

    /**
     * Depth-first search along "needs" edges; an edge back to a concept still on the path closes a
     * cycle, which is named from that concept round to itself.
     */
    private static void cycles(List<Prerequisite> edges, Map<Prerequisite, Integer> lines,
            List<FieldViolation> errors) {
        Map<String, List<Prerequisite>> needs = new LinkedHashMap<>();
        for (Prerequisite edge : edges) {
            needs.computeIfAbsent(edge.concept(), k -> new ArrayList<>()).add(edge);
        }
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String start : needs.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            // an explicit stack: a chain of thousands of concepts must not overflow the thread's stack
            List<String> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            List<Integer> next = new ArrayList<>();
            path.add(start);
            onPath.put(start, 0);
            next.add(0);
            while (!path.isEmpty()) {
                int top = path.size() - 1;
                String current = path.get(top);
                List<Prerequisite> out = needs.getOrDefault(current, List.of());
                int index = next.get(top);
                if (index == out.size()) {
                    done.add(current);
                    onPath.remove(current);
                    path.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, index + 1);
                Prerequisite edge = out.get(index);
                String target = edge.prerequisite();
                Integer at = onPath.get(target);
                if (at != null) {
                    List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
                    String name = cycleName(cycle);
                    if (reported.add(canonical(cycle))) {
                        errors.add(violation(lines.get(edge), "prerequisite", "cycle", name));
                    }
                } else if (!done.contains(target)) {
                    onPath.put(target, path.size());
                    path.add(target);
                    next.add(0);
                }
            }
        }
    }

    /** The cycle from its first concept round to itself; a very long one is shortened in the middle. */
    static String cycleName(List<String> cycle) {
        if (cycle.size() <= MAX_CYCLE_NAMED) {
            return String.join(" → ", cycle) + " → " + cycle.get(0);
        }
        int head = MAX_CYCLE_NAMED / 2;
        int tail = MAX_CYCLE_NAMED - head;
        return String.join(" → ", cycle.subList(0, head)) + " → … " + (cycle.size() - MAX_CYCLE_NAMED)
                + " more … → " + String.join(" → ", cycle.subList(cycle.size() - tail, cycle.size())) + " → "
                + cycle.get(0);
    }

    private static String canonical(List<String> cycle) {
        return cycle.stream().sorted().reduce("", (a, b) -> a + "\n" + b);
    }

    static ApiException refused(List<FieldViolation> errors) {
        List<FieldViolation> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ConceptGraphRules::lineOf));
        String cycle = sorted.stream().filter(v -> v.code().equals("cycle")).map(FieldViolation::message).findFirst()
                .orElse(null);
        String detail = cycle != null ? "The prerequisites form a cycle: " + cycle + "."
                : "The file has " + errors.size() + " problem" + (errors.size() == 1 ? "" : "s")
                        + "; nothing was imported.";
        List<FieldViolation> listed = sorted.size() > MAX_LISTED ? sorted.subList(0, MAX_LISTED) : sorted;
        return new ApiException(HttpStatus.BAD_REQUEST, cycle != null ? "prerequisite-cycle" : "invalid-graph", detail,
                listed, null).with("problems", errors.size());
    }

    private static int lineOf(FieldViolation violation) {
        String field = violation.field();
        int colon = field.indexOf(':');
        try {
            return colon > 5 ? Integer.parseInt(field.substring(5, colon)) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ApiException tooLarge(String code, String detail) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, code, detail);
    }

    private static FieldViolation violation(int line, String field, String code, String message) {
        return new FieldViolation("line " + line + ": " + field, code, message);
    }

    private static @Nullable String strip(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static @Nullable String key(int line, String field, @Nullable String raw, List<FieldViolation> errors) {
        String key = strip(raw);
        if (key == null) {
            errors.add(violation(line, field, "required", "is required"));
            return null;
        }
        if (key.length() > MAX_KEY) {
            errors.add(violation(line, field, "too-long", "must be at most " + MAX_KEY + " characters"));
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            errors.add(violation(line, field, "bad-key",
                    "must be lower-case letters and digits, words joined by '.', '-' or '_'"));
            return null;
        }
        return key;
    }

    private static @Nullable String text(int line, String field, @Nullable String raw, int max, boolean required,
            List<FieldViolation> errors) {
        String value = strip(raw);
        if (value == null) {
            if (required) {
                errors.add(violation(line, field, "required", "is required"));
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(violation(line, field, "too-long", "must be at most " + max + " characters"));
            return null;
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.add(violation(line, field, "control-character", "must not contain control characters"));
            return null;
        }
        return value;
    }

    private static @Nullable Integer integer(int line, String field, @Nullable String raw, @Nullable Integer fallback,
            int min, int max, List<FieldViolation> errors) {
        String value = strip(raw);
        if (value == null) {
            if (fallback == null) {
                errors.add(violation(line, field, "required", "is required"));
            }
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            errors.add(violation(line, field, "not-a-number", "must be a whole number from " + min + " to " + max));
            return null;
        }
        if (number < min || number > max) {
            errors.add(violation(line, field, "out-of-range", "must be from " + min + " to " + max + ", not "
                    + number));
            return null;
        }
        return number;
    }

    private static @Nullable Double fraction(int line, String field, @Nullable String raw, double fallback,
            List<FieldViolation> errors) {
        String value = strip(raw);
        if (value == null) {
            return fallback;
        }
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            errors.add(violation(line, field, "not-a-number", "must be a number from 0 to 1"));
            return null;
        }
        if (!(number >= 0.0 && number <= 1.0)) {
            errors.add(violation(line, field, "out-of-range", "must be from 0 to 1, not " + value));
            return null;
        }
        return number;
    }
}
