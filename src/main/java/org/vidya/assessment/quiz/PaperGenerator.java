package org.vidya.assessment.quiz;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a test into one attempt's key and paper: fixed forms in order (shuffled when the test
 * says so), blueprints drawn with the attempt's seed, no item twice on one paper. The same seed
 * gives the same items, the same order and the same bytes.
 */
@Component
class PaperGenerator {

    /** The most candidates a blueprint rule considers. */
    static final int POOL_LIMIT = 2_000;

    private final ObjectProvider<ItemCatalog> catalog;
    private final ItemTypes types;

    PaperGenerator(ObjectProvider<ItemCatalog> catalog, ItemTypes types) {
        this.catalog = catalog;
        this.types = types;
    }

    record Generated(AttemptKey key, byte[] paper, String etag) {
    }

    Generated generate(AttemptId attempt, Quiz quiz, long seed, String language) {
        QuizSpec spec = quiz.spec();
        List<List<ItemSnapshot>> drawn = draw(spec, seed);
        List<AttemptKey.Section> sections = new ArrayList<>();
        List<AttemptKey.Slot> slots = new ArrayList<>();
        ObjectNode paper = Json.MAPPER.createObjectNode();
        paper.put("attempt", attempt.toString());
        ObjectNode quizNode = paper.putObject("quiz");
        quizNode.put("id", quiz.id().toString());
        quizNode.put("title", quiz.title());
        quizNode.put("kind", Codes.of(quiz.kind()));
        ArrayNode sectionNodes = paper.putArray("sections");
        ArrayNode itemNodes = paper.putArray("items");
        int number = 0;
        for (int s = 0; s < spec.sections().size(); s++) {
            QuizSection section = spec.sections().get(s);
            MarkingScheme marking = section.marking();
            sections.add(new AttemptKey.Section(section.title(),
                    section.timeLimitSeconds() == null ? null : Duration.ofSeconds(section.timeLimitSeconds()),
                    marking));
            ObjectNode sectionNode = sectionNodes.addObject();
            sectionNode.put("index", s);
            sectionNode.put("title", section.title());
            if (section.timeLimitSeconds() == null) {
                sectionNode.putNull("timeLimitSeconds");
            } else {
                sectionNode.put("timeLimitSeconds", section.timeLimitSeconds());
            }
            ArrayNode slotNames = sectionNode.putArray("slots");
            for (ItemSnapshot item : drawn.get(s)) {
                number++;
                String slot = "q" + number;
                var body = item.bodyFor(language);
                slots.add(new AttemptKey.Slot(slot, s, item.id(), item.version(), item.type(), body, item.marks(),
                        item.negativeMarks(), item.primaryConcept(), item.secondaryConcepts(),
                        item.difficulty().code()));
                slotNames.add(slot);
                ObjectNode itemNode = itemNodes.addObject();
                itemNode.put("slot", slot);
                itemNode.put("section", s);
                itemNode.put("type", item.type());
                boolean fixed = marking.mode() == MarkingScheme.Mode.FIXED;
                itemNode.put("marks", fixed ? marking.correct() : item.marks());
                itemNode.put("negativeMarks", fixed ? marking.incorrect().abs() : item.negativeMarks());
                itemNode.set("body", types.get(item.type()).render(body,
                        new RenderContext(mix(seed, number), quiz.settings().shuffleOptions())));
            }
        }
        byte[] bytes = Json.MAPPER.writeValueAsBytes(paper);
        return new Generated(new AttemptKey(sections, slots), bytes, etag(bytes));
    }

    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The items of each section, in paper order. */
    List<List<ItemSnapshot>> draw(QuizSpec spec, long seed) {
        ItemCatalog items = catalog();
        Set<ItemId> used = new HashSet<>();
        List<List<ItemSnapshot>> drawn = new ArrayList<>();
        for (int s = 0; s < spec.sections().size(); s++) {
            QuizSection section = spec.sections().get(s);
            List<ItemSnapshot> chosen = new ArrayList<>();
            if (section.fixed()) {
                List<ItemId> ids = section.items().stream().map(ItemId::new).toList();
                Map<ItemId, ItemSnapshot> found = new LinkedHashMap<>();
                items.items(ids).forEach(item -> found.put(item.id(), item));
                for (ItemId id : ids) {
                    ItemSnapshot item = found.get(id);
                    if (item == null) {
                        throw new ApiException(HttpStatus.CONFLICT, "item-unavailable", "Section '" + section.title()
                                + "' uses an item that no longer exists or is no longer shared with this school.")
                                .with("section", s).with("item", id.toString());
                    }
                    if (used.add(id)) {
                        chosen.add(item);
                    }
                }
            } else {
                for (int r = 0; r < section.rules().size(); r++) {
                    QuizSection.BlueprintRule rule = section.rules().get(r);
                    List<ItemSnapshot> pool = new ArrayList<>(candidates(items, rule));
                    pool.removeIf(item -> used.contains(item.id()));
                    Collections.shuffle(pool, new Random(mix(seed, 1_000 * (s + 1) + r)));
                    if (pool.size() < rule.count()) {
                        throw new ApiException(HttpStatus.CONFLICT, "pool-too-small", "Section '" + section.title()
                                + "' asks for " + rule.count() + " items from a pool that has " + pool.size()
                                + " left.").with("section", s);
                    }
                    for (ItemSnapshot item : pool.subList(0, rule.count())) {
                        used.add(item.id());
                        chosen.add(item);
                    }
                }
            }
            if (spec.settings().shuffleQuestions()) {
                Collections.shuffle(chosen, new Random(mix(seed, -(s + 1))));
            }
            drawn.add(chosen);
        }
        return drawn;
    }

    /**
     * Checks that every fixed item exists and is visible, and that every blueprint pool holds
     * enough items; the problems name the section and the field.
     */
    List<FieldViolation> check(QuizSpec spec) {
        ItemCatalog items = catalog();
        List<FieldViolation> problems = new ArrayList<>();
        for (int s = 0; s < spec.sections().size(); s++) {
            QuizSection section = spec.sections().get(s);
            if (section.fixed()) {
                List<ItemId> ids = section.items().stream().map(ItemId::new).toList();
                Set<ItemId> found = new HashSet<>();
                items.items(ids).forEach(item -> found.add(item.id()));
                Set<ItemId> seen = new HashSet<>();
                for (int i = 0; i < ids.size(); i++) {
                    if (!found.contains(ids.get(i))) {
                        problems.add(new FieldViolation("sections[" + s + "].items[" + i + "]", "item-not-found",
                                "section '" + section.title() + "': there is no item " + ids.get(i)
                                        + " this school may use"));
                    } else if (!seen.add(ids.get(i))) {
                        problems.add(new FieldViolation("sections[" + s + "].items[" + i + "]", "duplicate-item",
                                "section '" + section.title() + "': the item is already on the paper"));
                    }
                }
            } else {
                for (int r = 0; r < section.rules().size(); r++) {
                    QuizSection.BlueprintRule rule = section.rules().get(r);
                    int size = candidates(items, rule).size();
                    if (size < rule.count()) {
                        problems.add(new FieldViolation("sections[" + s + "].rules[" + r + "].count", "pool-too-small",
                                "section '" + section.title() + "': the pool holds " + size + " items, fewer than "
                                        + rule.count()));
                    }
                }
            }
        }
        return problems;
    }

    private static List<ItemSnapshot> candidates(ItemCatalog items, QuizSection.BlueprintRule rule) {
        @Nullable Difficulty difficulty = rule.difficulty() == null ? null : Difficulty.fromCode(rule.difficulty());
        @Nullable UUID category = rule.category();
        return items.candidates(new ItemBankId(rule.bank()), rule.concept(), difficulty, category, POOL_LIMIT);
    }

    private ItemCatalog catalog() {
        ItemCatalog items = catalog.getIfAvailable();
        if (items == null) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "item-bank-unavailable",
                    "The item bank is not available on this server.");
        }
        return items;
    }

    /** SplitMix64 of the seed and a salt: well-spread seeds for each section, rule and item. */
    static long mix(long seed, long salt) {
        long z = seed + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
