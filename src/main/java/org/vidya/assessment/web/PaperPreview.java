package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizSpec;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.assessment.web.QuizPages.PreviewItem;
import org.vidya.assessment.web.QuizPages.PreviewSection;

/**
 * The builder's preview of a paper: picked items in their order and, for blueprint rules, a
 * sample draw, each rendered by its item type exactly as a learner's paper renders it (no keys,
 * sanitized HTML), with the marks the section's scheme gives.
 */
@Component
class PaperPreview {

    /** Most candidates a rule's sample is drawn from. */
    static final int SAMPLE_POOL = 500;

    private static final long SEED = 20_240_601L;

    private final ItemCatalog catalog;
    private final ItemTypes types;

    PaperPreview(ItemCatalog catalog, ItemTypes types) {
        this.catalog = catalog;
        this.types = types;
    }

    List<PreviewSection> of(QuizSpec spec, String language) {
        RenderContext context = new RenderContext(SEED, spec.settings().shuffleOptions());
        SplittableRandom random = new SplittableRandom(SEED);
        Set<ItemId> used = new HashSet<>();
        List<PreviewSection> sections = new ArrayList<>();
        int number = 0;
        for (QuizSection section : spec.sections()) {
            List<ItemSnapshot> items = new ArrayList<>();
            if (section.fixed()) {
                items.addAll(catalog.items(section.items().stream().map(ItemId::new).toList()));
            } else {
                for (QuizSection.BlueprintRule rule : section.rules()) {
                    List<ItemSnapshot> pool = new ArrayList<>(catalog.candidates(new ItemBankId(rule.bank()),
                            rule.concept(), difficulty(rule.difficulty()),
                            rule.category(), SAMPLE_POOL));
                    pool.removeIf(item -> used.contains(item.id()));
                    for (int i = 0; i < rule.count() && !pool.isEmpty(); i++) {
                        ItemSnapshot drawn = pool.remove(random.nextInt(pool.size()));
                        used.add(drawn.id());
                        items.add(drawn);
                    }
                }
            }
            List<PreviewItem> rendered = new ArrayList<>();
            for (ItemSnapshot item : items) {
                number++;
                MarkingScheme marking = section.marking();
                BigDecimal marks = marking.mode() == MarkingScheme.Mode.FIXED ? marking.correct() : item.marks();
                BigDecimal negative = marking.mode() == MarkingScheme.Mode.FIXED ? marking.incorrect().negate()
                        : item.negativeMarks();
                rendered.add(new PreviewItem(number, item.type(), marks, negative,
                        types.get(item.type()).render(item.bodyFor(language), context)));
            }
            sections.add(new PreviewSection(section.title(), rendered));
        }
        return sections;
    }

    private static @Nullable Difficulty difficulty(@Nullable String code) {
        try {
            return code == null ? null : Difficulty.fromCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
