package org.vidya.mastery.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.MasteryPlanning;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.PhaseReport;
import org.vidya.mastery.Prediction;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.VisibleConcept;
import org.vidya.mastery.WeeklyTests;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.UserId;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The learner's mastery pages: the map of a subject coloured by mastery (with a table that says
 * the same in words and numbers), due reviews, weak spots, recommendations with their reasons, the
 * phase and exam date, the predicted benchmark score, this week's adaptive test, a path to a goal,
 * and one concept with the reasons behind its mastery. A newcomer is first offered the diagnostic.
 * Everything shown comes from the engine's interfaces, which check that the reader is the learner.
 */
@Controller
class MasteryPageController {

    static final int DUE_SHOWN = 8;
    static final int WEAK_SHOWN = 5;
    static final int RECOMMENDED = 6;
    static final int KEY_LIMIT = 200;
    static final int GOAL_LIMIT = 200;
    /** An exam date is at most this many years ahead; beyond that it is a typing mistake. */
    static final int EXAM_YEARS_AHEAD = 5;

    private final ConceptGraphs graphs;
    private final KnowledgeStates knowledge;
    private final MasteryPlanning planning;
    private final WeeklyTests weekly;
    private final MasteryProperties properties;
    private final MasteryGraphPicture picture;
    private final MessageSource messages;
    private final Clock clock;

    MasteryPageController(ConceptGraphs graphs, KnowledgeStates knowledge, MasteryPlanning planning,
            WeeklyTests weekly, MasteryProperties properties, MasteryGraphPicture picture,
            MessageSource messages, Clock clock) {
        this.graphs = graphs;
        this.knowledge = knowledge;
        this.planning = planning;
        this.weekly = weekly;
        this.properties = properties;
        this.picture = picture;
        this.messages = messages;
        this.clock = clock;
    }

    /** One row of the map's table: a concept as the learner stands on it. */
    record ConceptRow(Concept concept, boolean visible, @Nullable ConceptKnowledge knowledge, @Nullable Integer percent,
            String band, boolean mastered, List<String> blockedBy) {
    }

    /** A due review with the concept's name. */
    record DueRow(String concept, String name, int percent, int recall, java.time.Instant nextReview) {
    }

    /** A concept next to another (a prerequisite or a dependent) and how the learner stands on it. */
    record Neighbour(Concept concept, Prerequisite edge, @Nullable Integer percent, String band) {
    }

    /** A reason behind a mastery, translated, with its signed effect in percentage points. */
    record ReasonLine(String text, int effect) {
    }

    @GetMapping("/mastery")
    String map(@RequestParam(required = false) @Nullable String subject, Locale locale, Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        return renderMap(subject, locale, model, FormErrors.NONE, null);
    }

    @PostMapping("/mastery/exam-date")
    String examDate(@RequestParam(required = false) @Nullable String examDate, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PageAccess.require(Permission.MASTERY_LEARN);
        try {
            LocalDate date = examDate(examDate);
            knowledge.setExamDate(CurrentUser.id(), date);
            redirect.addFlashAttribute(Notice.FLASH, date == null ? Notice.of("mastery.notice.examDateCleared")
                    : Notice.of("mastery.notice.examDateSet", new MasteryTexts(messages, locale).format(date)));
            return "redirect:/mastery";
        } catch (ApiException e) {
            if (e.errors().isEmpty()) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderMap(null, locale, model, FormErrors.of(e), examDate);
        }
    }

    @GetMapping("/mastery/path")
    String path(@RequestParam(required = false) @Nullable String goal, Locale locale, Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        ConceptGraph graph = graphs.current();
        String chosen = goal == null || goal.isBlank()
                ? graph.subjects().stream().findFirst().map(s -> "subject:" + s).orElse("") : goal.strip();
        if (chosen.length() > GOAL_LIMIT) {
            throw ApiException.invalid("goal", "too-long", "is longer than " + GOAL_LIMIT + " characters");
        }
        model.addAttribute("subjects", graph.subjects());
        model.addAttribute("goal", chosen);
        model.addAttribute("path", chosen.isEmpty() ? null : planning.path(CurrentUser.id(), chosen));
        model.addAttribute("threshold", MasteryTexts.percent(properties.masteredThreshold()));
        model.addAttribute("texts", new MasteryTexts(messages, locale));
        return "mastery/learner/path";
    }

    @GetMapping("/mastery/concepts/{key}")
    String concept(@PathVariable String key, Locale locale, Model model) {
        PageAccess.require(Permission.MASTERY_LEARN);
        if (key.length() > KEY_LIMIT) {
            throw ApiException.notFound("concept-not-found", "No such concept");
        }
        ConceptGraph graph = graphs.current();
        Concept concept = graph.concept(key)
                .orElseThrow(() -> ApiException.notFound("concept-not-found", "No concept " + key));
        UserId me = CurrentUser.id();
        MasteryTexts texts = new MasteryTexts(messages, locale);
        Map<String, ConceptKnowledge> mine = byConcept(knowledge.of(me));
        Optional<Explanation> explanation = knowledge.explain(me, key);
        List<ReasonLine> reasons = explanation.map(e -> e.reasons().stream()
                .map(r -> new ReasonLine(texts.message("mastery.reason.", r.code(), r.arguments()),
                        (int) Math.round(r.effect() * 100)))
                .toList()).orElse(List.of());
        ConceptKnowledge own = explanation.map(Explanation::knowledge).orElse(mine.get(key));
        List<Neighbour> needs = graph.prerequisitesOf(key).stream()
                .map(edge -> neighbour(graph, edge.prerequisite(), edge, mine)).flatMap(Optional::stream).toList();
        List<Neighbour> leadsTo = graph.dependentsOf(key).stream()
                .map(edge -> neighbour(graph, edge.concept(), edge, mine)).flatMap(Optional::stream).toList();
        List<LearningPath.LessonRef> lessons = lessons(me, concept);
        model.addAttribute("concept", concept);
        model.addAttribute("knowledge", own);
        model.addAttribute("percent", own == null ? null : MasteryTexts.percent(own.mastery()));
        model.addAttribute("band", MasteryTexts.band(own == null ? null : own.mastery(), properties.masteredThreshold()));
        model.addAttribute("reasons", reasons);
        model.addAttribute("needs", needs);
        model.addAttribute("leadsTo", leadsTo);
        model.addAttribute("lessons", lessons);
        model.addAttribute("texts", texts);
        return "mastery/learner/concept";
    }

    private String renderMap(@Nullable String subject, Locale locale, Model model, FormErrors errors,
            @Nullable String typedExamDate) {
        UserId me = CurrentUser.id();
        ConceptGraph graph = graphs.current();
        List<String> subjects = graph.subjects();
        String shown = subject != null && subjects.contains(subject) ? subject
                : subjects.isEmpty() ? null : subjects.getFirst();
        LearnerStanding standing = knowledge.standing(me);
        boolean newcomer = !standing.diagnosed() && standing.conceptsWithEvidence() == 0;
        MasteryTexts texts = new MasteryTexts(messages, locale);
        List<ConceptRow> rows = shown == null ? List.of() : rows(planning.concepts(me), shown);
        model.addAttribute("subjects", subjects);
        model.addAttribute("subject", shown);
        model.addAttribute("standing", standing);
        model.addAttribute("newcomer", newcomer);
        model.addAttribute("rows", rows);
        model.addAttribute("picture", shown == null ? null : picture.draw(graph, shown, rows, locale));
        model.addAttribute("due", due(graph, knowledge.due(me, DUE_SHOWN)));
        model.addAttribute("weak", planning.weakSpots(me, WEAK_SHOWN));
        model.addAttribute("recommendations", planning.recommendations(me, RECOMMENDED).stream()
                .map(r -> new Recommended(r.concept(), r.conceptName(), r.kind().name(),
                        texts.message("mastery.recommendation.", r.reason(), r.arguments())))
                .toList());
        PhaseReport phase = planning.phase(me);
        model.addAttribute("phase", phase);
        model.addAttribute("phaseReason", texts.message("mastery.phase.reason.", phase.reason(),
                java.util.Arrays.asList(phase.daysToExam(), MasteryTexts.percent(phase.overallMastery()))));
        Prediction prediction = planning.prediction(me).orElse(null);
        model.addAttribute("prediction", prediction);
        model.addAttribute("predictionBasis", prediction == null ? null
                : texts.message("mastery.prediction.", prediction.basis(), List.of()));
        model.addAttribute("weekly", weekly.current(me).orElse(null));
        model.addAttribute("examDate", typedExamDate != null ? typedExamDate
                : standing.examDate() == null ? "" : standing.examDate().toString());
        model.addAttribute("errors", errors);
        model.addAttribute("texts", texts);
        model.addAttribute("threshold", MasteryTexts.percent(properties.masteredThreshold()));
        return "mastery/learner/map";
    }

    /** A recommendation with its reason in the reader's words. */
    record Recommended(String concept, String name, String kind, String reason) {
    }

    private List<ConceptRow> rows(List<VisibleConcept> concepts, String subject) {
        Map<String, String> names = new HashMap<>();
        concepts.forEach(v -> names.put(v.concept().key(), v.concept().name()));
        List<ConceptRow> rows = new ArrayList<>();
        for (VisibleConcept v : concepts) {
            if (!v.concept().subject().equals(subject)) {
                continue;
            }
            ConceptKnowledge k = v.knowledge();
            Double mastery = k == null ? null : k.mastery();
            rows.add(new ConceptRow(v.concept(), v.visible(), k, k == null ? null : MasteryTexts.percent(k.mastery()),
                    MasteryTexts.band(mastery, properties.masteredThreshold()),
                    mastery != null && mastery >= properties.masteredThreshold(),
                    v.blockedBy().stream().map(key -> names.getOrDefault(key, key)).toList()));
        }
        return rows;
    }

    private static List<DueRow> due(ConceptGraph graph, List<DueReview> due) {
        return due.stream().map(d -> new DueRow(d.concept(), graph.concept(d.concept()).map(Concept::name)
                .orElse(d.concept()), MasteryTexts.percent(d.mastery()), MasteryTexts.percent(d.recall()),
                d.nextReview())).toList();
    }

    private Optional<Neighbour> neighbour(ConceptGraph graph, String key, Prerequisite edge,
            Map<String, ConceptKnowledge> mine) {
        ConceptKnowledge k = mine.get(key);
        return graph.concept(key).map(c -> new Neighbour(c, edge, k == null ? null : MasteryTexts.percent(k.mastery()),
                MasteryTexts.band(k == null ? null : k.mastery(), properties.masteredThreshold())));
    }

    // The lessons that teach a concept are what the path to its subject lists for it.
    private List<LearningPath.LessonRef> lessons(UserId me, Concept concept) {
        return planning.path(me, "subject:" + concept.subject()).steps().stream()
                .filter(step -> step.concept().key().equals(concept.key())).findFirst()
                .map(LearningPath.Step::lessons).orElse(List.of());
    }

    private static Map<String, ConceptKnowledge> byConcept(List<ConceptKnowledge> all) {
        Map<String, ConceptKnowledge> map = new HashMap<>();
        all.forEach(k -> map.put(k.concept(), k));
        return map;
    }

    private @Nullable LocalDate examDate(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("examDate", "wrong-type", "is not a date (yyyy-mm-dd)");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.isBefore(today)) {
            throw ApiException.invalid("examDate", "in-past", "is in the past");
        }
        if (date.isAfter(today.plusYears(EXAM_YEARS_AHEAD))) {
            throw ApiException.invalid("examDate", "too-far", "is more than " + EXAM_YEARS_AHEAD + " years ahead");
        }
        return date;
    }
}
