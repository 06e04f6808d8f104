package org.vidya.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sentences the test page's script shows (save indicator, timer warnings, item labels), in the
 * reader's language, as JSON for a data block of the page. Arguments such as {@code {0}} are left for
 * the script to fill in.
 */
@Component
class AttemptPageMessages {

    static final List<String> KEYS = List.of("attempt.questionOf", "attempt.question", "attempt.marks",
            "attempt.negativeMarks", "attempt.flag", "attempt.unflag", "attempt.review.summary",
            "attempt.palette.answered", "attempt.palette.unanswered", "attempt.palette.flagged", "attempt.save.idle",
            "attempt.save.saving", "attempt.save.saved", "attempt.save.offline", "attempt.save.notSaved",
            "attempt.save.failed", "attempt.submit.queued", "attempt.timer.fiveMinutes", "attempt.timer.oneMinute",
            "attempt.timer.up", "attempt.section.confirm", "attempt.loadFailed", "attempt.notFound",
            "attempt.signedOut", "attempt.notStarted", "attempt.closed", "attempt.deadlinePassed",
            "attempt.item.selectAll", "attempt.item.true", "attempt.item.false", "attempt.item.yourAnswer",
            "attempt.item.unit", "attempt.item.noUnit", "attempt.item.words", "attempt.item.minWords",
            "attempt.item.maxWords", "attempt.item.choose", "attempt.item.moveUp", "attempt.item.moveDown",
            "attempt.item.movedTo", "attempt.item.gap", "attempt.item.unknownType", "attempt.case.stage",
            "attempt.case.locked", "attempt.case.next", "attempt.case.nextHint");

    private final MessageSource messages;
    private final JsonMapper json;

    AttemptPageMessages(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** JSON safe inside a script element: no {@code <}, {@code >} or {@code &} appear as such. */
    String json(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        // Without arguments the message source returns the text as written, {0} included.
        KEYS.forEach(key -> texts.put(key, messages.getMessage(key, null, key, locale)));
        return json.writeValueAsString(texts).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
