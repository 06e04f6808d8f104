package org.vidya.mastery.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.MasteryPlanning;
import org.vidya.mastery.Phase;
import org.vidya.mastery.PhaseReport;
import org.vidya.mastery.Prediction;
import org.vidya.mastery.Recommendation;
import org.vidya.mastery.VisibleConcept;
import org.vidya.mastery.WeakSpot;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.UserId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The learner's own plan: revealed concepts, recommendations, weak spots, a path to a goal, their
 * phase and predicted benchmark score. Reasons come as a message key with arguments and, for
 * clients that show them as they are, as a sentence in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/mastery")
@Tag(name = "Mastery planning")
class PlanningRestController {

    private static final int MAX_LIMIT = 50;

    private final MasteryPlanning planning;
    private final MessageSource messages;

    PlanningRestController(MasteryPlanning planning, MessageSource messages) {
        this.planning = planning;
        this.messages = messages;
    }

    record RecommendationJson(String concept, String conceptName, Recommendation.Kind kind, double priority,
            String reason, List<Object> arguments, String message) {
    }

    record LessonJson(UUID course, UUID lesson, String title) {
    }

    record StepJson(Concept concept, double mastery, boolean mastered, boolean visible, List<LessonJson> lessons) {
    }

    /** {@code next} is the first concept not yet mastered, null once the goal is reached. */
    record PathJson(String goal, String goalTitle, int remaining, @Nullable String next, List<StepJson> steps) {
    }

    record PhaseJson(Phase phase, @Nullable Long daysToExam, double overallMastery, String reason, String message) {
    }

    record PredictionJson(String benchmarkTitle, @Nullable Instant benchmarkOpens, double maxScore, double score,
            double scoreLow, double scoreHigh, @Nullable Integer rank, @Nullable Integer rankBest,
            @Nullable Integer rankWorst, int cohort, double coverage, String basis, String basisMessage) {
    }

    record WeakSpotJson(Concept concept, ConceptKnowledge knowledge, double score) {
    }

    @GetMapping("/visible-concepts")
    @Operation(summary = "Every concept of the graph with whether it is revealed to the caller and the HARD prerequisites that block it")
    List<VisibleConcept> visibleConcepts() {
        return planning.concepts(learner());
    }

    @GetMapping("/recommendations")
    @Operation(summary = "Next best concepts, highest priority first: due reviews, weak spots and frontier concepts, each with its reason")
    List<RecommendationJson> recommendations(@RequestParam(defaultValue = "10") String limit) {
        UserId learner = learner();
        return planning.recommendations(learner, limit(limit)).stream().map(r -> new RecommendationJson(r.concept(),
                r.conceptName(), r.kind(), r.priority(), r.reason(), r.arguments(),
                message(r.reason(), r.arguments().toArray()))).toList();
    }

    @GetMapping("/weak-spots")
    @Operation(summary = "Concepts with evidence below the mastered threshold, by (1 − mastery) × exam weight")
    List<WeakSpotJson> weakSpots(@RequestParam(defaultValue = "10") String limit) {
        UserId learner = learner();
        return planning.weakSpots(learner, limit(limit)).stream()
                .map((WeakSpot w) -> new WeakSpotJson(w.concept(), w.knowledge(), w.score())).toList();
    }

    @GetMapping("/path")
    @Operation(summary = "The ordered path to a goal (subject:<name>, course:<id>, track:<id>), mastered steps marked")
    PathJson path(@RequestParam(required = false) @Nullable String goal) {
        UserId learner = learner();
        LearningPath path = planning.path(learner, goal == null ? "" : goal);
        List<LearningPath.Step> next = path.next();
        return new PathJson(path.goal(), path.goalTitle(), next.size(),
                next.isEmpty() ? null : next.get(0).concept().key(),
                path.steps().stream().map(s -> new StepJson(s.concept(), s.mastery(), s.mastered(), s.visible(),
                        s.lessons().stream().map(l -> new LessonJson(l.course().value(), l.lesson().value(), l.title()))
                                .toList())).toList());
    }

    @GetMapping("/phase")
    @Operation(summary = "The caller's phase (foundation, practice, revision, exam-ready) and what decided it")
    PhaseJson phase() {
        PhaseReport report = planning.phase(learner());
        return new PhaseJson(report.phase(), report.daysToExam(), report.overallMastery(), report.reason(),
                message(report.reason(), report.daysToExam() == null ? "" : report.daysToExam(),
                        Math.round(100 * report.overallMastery())));
    }

    @GetMapping("/prediction")
    @Operation(summary = "Predicted score and rank on the next (or latest) benchmark with an 80% interval; 204 when there is none")
    ResponseEntity<PredictionJson> prediction() {
        return planning.prediction(learner()).map((Prediction p) -> ResponseEntity.ok(new PredictionJson(
                p.benchmarkTitle(), p.benchmarkOpens(), p.maxScore(), p.score(), p.scoreLow(), p.scoreHigh(), p.rank(),
                p.rankBest(), p.rankWorst(), p.cohort(), p.coverage(), p.basis(), message(p.basis()))))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    private static UserId learner() {
        if (!CurrentUser.get().has(Permission.MASTERY_LEARN)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
        return CurrentUser.id();
    }

    /** Parsed here rather than bound, so that a non-number is the same field error as a number out of range. */
    private static int limit(String value) {
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        throw ApiException.invalid("limit", "out-of-range", "limit is a whole number from 1 to " + MAX_LIMIT + ".");
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
