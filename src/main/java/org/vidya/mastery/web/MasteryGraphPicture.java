package org.vidya.mastery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.graph.ConceptGraphSvg;
import org.vidya.mastery.web.MasteryPageController.ConceptRow;

/**
 * The mastery map: the concept graph's drawing ({@link ConceptGraphSvg}, prerequisites above the
 * concepts that need them) with each concept coloured by the learner's mastery and linked to the
 * concept's page; concepts without evidence stay white. The table beside the picture says the same
 * for readers who cannot see it.
 */
@Component
class MasteryGraphPicture {

    private final MessageSource messages;

    MasteryGraphPicture(MessageSource messages) {
        this.messages = messages;
    }

    /** The SVG markup for a subject's concepts, or an empty string when the subject has none. */
    String draw(ConceptGraph graph, String subject, List<ConceptRow> rows, Locale locale) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<String, Double> mastery = new HashMap<>();
        rows.stream().filter(row -> row.knowledge() != null)
                .forEach(row -> mastery.put(row.concept().key(), row.knowledge().mastery()));
        String label = messages.getMessage("mastery.map.pictureLabel",
                new Object[] {messages.getMessage("mastery.subject." + subject, null, subject, locale)}, locale);
        return ConceptGraphSvg.render(graph, subject, mastery, label, key -> "/mastery/concepts/" + key);
    }
}
