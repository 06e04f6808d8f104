package org.vidya.mastery.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.vidya.assessment.BenchmarkHistory;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.TrackId;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.LearningPath.LessonRef;
import org.vidya.mastery.MasteryPlanning;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.PhaseReport;
import org.vidya.mastery.Prediction;
import org.vidya.mastery.Recommendation;
import org.vidya.mastery.VisibleConcept;
import org.vidya.mastery.WeakSpot;
import org.vidya.platform.ApiException;
import org.vidya.platform.UserId;

/**
 * Joins the graph, the learner's knowledge state, the catalog and benchmark history for the
 * planning rules. Every answer is computed on read, so it follows mastery as it changes. Access is
 * checked where the learner's data is read: {@link KnowledgeStates} lets only the learner or those
 * who may read their data through.
 */
@Service
class PlanningService implements MasteryPlanning {

    /** Largest {@code limit} a list accepts. */
    static final int MAX_LIMIT = 50;
    /** Published courses searched for lessons that teach a subject's concepts. */
    static final int MAX_COURSES = 200;

    private final ConceptGraphs graphs;
    private final KnowledgeStates states;
    private final BenchmarkHistory benchmarks;
    private final CatalogManagement catalog;
    private final Clock clock;
    private final ConceptReveal reveal;
    private final Recommender recommender;
    private final PathPlanner planner;
    private final PhaseRule phases;
    private final ScorePredictor predictor = new ScorePredictor();

    // The graph, the knowledge state and benchmark history are other parts' beans: lazy, so that
    // this service starts without them and resolves them on first use.
    PlanningService(ConceptGraphs graphs, KnowledgeStates states, BenchmarkHistory benchmarks,
            CatalogManagement catalog, MasteryProperties properties, Clock clock) {
        this.graphs = graphs;
        this.states = states;
        this.benchmarks = benchmarks;
        this.catalog = catalog;
        this.clock = clock;
        this.reveal = new ConceptReveal(properties.revealThreshold());
        this.recommender = new Recommender(properties.masteredThreshold(), properties.revealThreshold(),
                properties.targetRetention());
        this.planner = new PathPlanner(properties.masteredThreshold(), properties.revealThreshold());
        this.phases = new PhaseRule(properties.masteredThreshold());
    }

    @Override
    public List<VisibleConcept> concepts(UserId learner) {
        return reveal.of(graphs.current(), knowledge(learner));
    }

    @Override
    public List<Recommendation> recommendations(UserId learner, int limit) {
        checkLimit(limit);
        Map<String, ConceptKnowledge> knowledge = knowledge(learner);
        return recommender.recommend(graphs.current(), knowledge, states.due(learner, MAX_LIMIT), limit);
    }

    @Override
    public List<WeakSpot> weakSpots(UserId learner, int limit) {
        checkLimit(limit);
        return recommender.weakSpots(graphs.current(), knowledge(learner), limit);
    }

    @Override
    public LearningPath path(UserId learner, String goal) {
        Goal parsed = Goal.parse(goal);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<LessonRef>> lessons = new HashMap<>();
        Set<String> targets = new LinkedHashSet<>();
        String title;
        switch (parsed.type()) {
            case SUBJECT -> {
                List<Concept> subject = graphs.current().subject(parsed.value());
                if (subject.isEmpty()) {
                    throw notFound(parsed);
                }
                subject.forEach(c -> targets.add(c.key()));
                catalog.browse(CatalogQuery.all(), locale).stream().limit(MAX_COURSES)
                        .forEach(summary -> catalog.publishedCourse(summary.id(), locale)
                                .ifPresent(course -> collect(course, lessons, null)));
                title = parsed.value();
            }
            case COURSE -> {
                CourseOutline course = catalog.publishedCourse(new CourseId(parsed.id()), locale)
                        .orElseThrow(() -> notFound(parsed));
                collect(course, lessons, targets);
                title = course.summary().title();
            }
            case TRACK -> {
                List<CourseSummary> courses = catalog.browse(
                        new CatalogQuery(null, null, null, new TrackId(parsed.id()), null), locale);
                if (courses.isEmpty()) {
                    throw notFound(parsed);
                }
                courses.stream().limit(MAX_COURSES).forEach(summary -> catalog.publishedCourse(summary.id(), locale)
                        .ifPresent(course -> collect(course, lessons, targets)));
                String track = courses.get(0).trackTitle();
                title = track == null ? parsed.value() : track;
            }
            default -> throw new IllegalStateException(parsed.type().name());
        }
        return planner.plan(parsed.toString(), title, graphs.current(), targets, knowledge(learner), lessons);
    }

    @Override
    public PhaseReport phase(UserId learner) {
        LearnerStanding standing = states.standing(learner);
        double mastery = syllabusMastery(graphs.current(), knowledge(learner), standing.overallMastery());
        return phases.phase(LocalDate.now(clock), standing.examDate(), mastery);
    }

    @Override
    public Optional<Prediction> prediction(UserId learner) {
        Optional<BenchmarkHistory.BenchmarkPaper> paper = benchmarks.nextOrLatest(learner)
                .filter(p -> !p.items().isEmpty());
        if (paper.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ConceptKnowledge> knowledge = knowledge(learner);
        int answers = knowledge.values().stream().mapToInt(ConceptKnowledge::attempts).sum();
        return Optional.of(predictor.predict(paper.get(), states.standing(learner), knowledge, answers));
    }

    /**
     * Mastery over the whole syllabus, each concept weighted by its exam weight (equally when no
     * concept carries weight) and counted as 0 without evidence: a learner who knows two topics
     * well has not covered the exam. Falls back to the standing's mean over an empty graph.
     */
    static double syllabusMastery(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge, double fallback) {
        if (graph.size() == 0) {
            return fallback;
        }
        double weights = graph.topologicalOrder().stream().mapToDouble(c -> Math.max(0, c.examWeight())).sum();
        double sum = 0;
        for (Concept concept : graph.topologicalOrder()) {
            ConceptKnowledge known = knowledge.get(concept.key());
            double mastery = known == null ? 0 : known.mastery();
            sum += mastery * (weights > 0 ? Math.max(0, concept.examWeight()) : 1);
        }
        return sum / (weights > 0 ? weights : graph.size());
    }

    private Map<String, ConceptKnowledge> knowledge(UserId learner) {
        Map<String, ConceptKnowledge> byConcept = new LinkedHashMap<>();
        states.of(learner).forEach(k -> byConcept.put(k.concept(), k));
        return byConcept;
    }

    /** Adds the course's lessons under each concept they teach, and the concepts to {@code targets} when given. */
    private static void collect(CourseOutline course, Map<String, List<LessonRef>> lessons,
            @Nullable Set<String> targets) {
        for (LessonOutline lesson : course.lessons()) {
            for (String concept : lesson.conceptKeys()) {
                lessons.computeIfAbsent(concept, k -> new ArrayList<>())
                        .add(new LessonRef(course.id(), lesson.id(), lesson.title()));
                if (targets != null) {
                    targets.add(concept);
                }
            }
        }
    }

    private static ApiException notFound(Goal goal) {
        return ApiException.notFound("goal-not-found", "There is no " + goal.type().name().toLowerCase(Locale.ROOT)
                + " " + goal.value() + " to plan a path to.");
    }

    static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.invalid("limit", "out-of-range", "limit is between 1 and " + MAX_LIMIT + ".");
        }
    }
}
