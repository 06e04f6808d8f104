package org.vidya.mastery.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A learner's knowledge state over REST: their concepts, one concept with the reasons behind its
 * mastery, what is due for review, their standing and exam date; and, for teachers, a learner of
 * their classes. Access rules are {@link KnowledgeStates}'s.
 */
@RestController
@RequestMapping("/api/v1/mastery")
@Tag(name = "Mastery: knowledge state")
class KnowledgeRestController {

    private static final String REASONS = "mastery.reason.";

    private final KnowledgeStates knowledge;
    private final MessageSource messages;
    private final Clock clock;

    KnowledgeRestController(KnowledgeStates knowledge, MessageSource messages, Clock clock) {
        this.knowledge = knowledge;
        this.messages = messages;
        this.clock = clock;
    }

    /** One reason as the client shows it: its message in the caller's language, and the code behind it. */
    record ReasonJson(String code, String message, List<Object> arguments, double effect) {
    }

    record ConceptJson(ConceptKnowledge knowledge, List<ReasonJson> reasons) {
    }

    record ExamDateBody(@Nullable LocalDate examDate) {
    }

    record LearnerConcepts(UUID learner, List<ConceptKnowledge> concepts) {
    }

    record DueJson(Instant asOf, List<DueReview> reviews) {
    }

    @GetMapping("/concepts")
    @Operation(summary = "My knowledge state: every concept with evidence, by key")
    List<ConceptKnowledge> concepts() {
        return knowledge.of(CurrentUser.id());
    }

    @GetMapping("/concepts/{key}")
    @Operation(summary = "One concept of mine with the reasons behind its mastery")
    ConceptJson concept(@PathVariable String key) {
        Explanation explanation = knowledge.explain(CurrentUser.id(), key).orElseThrow(() -> ApiException.notFound(
                "concept-not-found", "You have no evidence on this concept yet."));
        Locale locale = LocaleContextHolder.getLocale();
        return new ConceptJson(explanation.knowledge(), explanation.reasons().stream()
                .map(r -> new ReasonJson(r.code(), messages.getMessage(key(r.code()), r.arguments().toArray(),
                        r.code(), locale), r.arguments(), r.effect()))
                .toList());
    }

    // Reasons name their full message key; a bare code is read as one under mastery.reason.
    private static String key(String code) {
        return code.startsWith(REASONS) ? code : REASONS + code;
    }

    @GetMapping("/due")
    @Operation(summary = "What I should review now: concepts whose review is due, weakest first")
    DueJson due(@RequestParam(defaultValue = "20") int limit) {
        return new DueJson(clock.instant(), knowledge.due(CurrentUser.id(), limit));
    }

    @GetMapping("/standing")
    @Operation(summary = "My ability, overall mastery, diagnostic and exam date")
    LearnerStanding standing() {
        return knowledge.standing(CurrentUser.id());
    }

    @PutMapping("/exam-date")
    @Operation(summary = "Sets (or, with null, clears) my exam date: not in the past, within five years")
    LearnerStanding examDate(@RequestBody ExamDateBody body) {
        UserId me = CurrentUser.id();
        knowledge.setExamDate(me, body.examDate());
        return knowledge.standing(me);
    }

    @GetMapping("/learners/{id}/concepts")
    @Operation(summary = "A learner's knowledge state, for a teacher of their class (audited)")
    LearnerConcepts learner(@PathVariable UUID id) {
        return new LearnerConcepts(id, knowledge.of(new UserId(id)));
    }
}
