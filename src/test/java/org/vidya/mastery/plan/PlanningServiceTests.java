package org.vidya.mastery.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.vidya.assessment.BenchmarkHistory.BenchmarkPaper;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.ModuleOutline;
import org.vidya.catalog.TrackId;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.Observation;
import org.vidya.mastery.Phase;
import org.vidya.mastery.Recommendation;
import org.vidya.platform.ApiException;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;
import static org.vidya.mastery.plan.PlanFixtures.*;

/** The service's joins over in-memory stand-ins for the graph, the knowledge state, the catalog and benchmarks. */
class PlanningServiceTests {

    static final UserId LEARNER = new UserId(UUID.randomUUID());
    static final TrackId TRACK = new TrackId(UUID.randomUUID());

    final ConceptGraph graph = new ConceptGraph(
            List.of(concept("algebra", "maths", 1, 0.2), concept("vectors", 1, 0.1), concept("kinematics", 2, 0.3),
                    concept("optics", 2, 0.4)),
            List.of(hard("vectors", "algebra"), hard("kinematics", "vectors")));
    final States states = new States();
    final Catalog catalog = new Catalog();
    @Nullable BenchmarkPaper benchmark;
    final MasteryProperties properties = new MasteryProperties(0.9, 0.8, 0.7, 25, 4, Duration.ofMinutes(45), 0.3,
            30, Duration.ofHours(6), 30);
    final PlanningService service = new PlanningService(() -> graph, states, learner -> Optional.ofNullable(benchmark),
            catalog, properties, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aCoursePathHoldsTheConceptsItsLessonsTeachWithTheirPrerequisitesAndLessons() {
        CourseOutline course = catalog.course("Motion", null, List.of("kinematics"), List.of("kinematics", "nowhere"));

        LearningPath path = service.path(LEARNER, "course:" + course.id());

        assertThat(path.goal()).isEqualTo("course:" + course.id());
        assertThat(path.goalTitle()).isEqualTo("Motion");
        assertThat(path.steps()).extracting(s -> s.concept().key()).containsExactly("algebra", "vectors", "kinematics");
        assertThat(path.steps().get(2).lessons()).hasSize(2)
                .allSatisfy(l -> assertThat(l.course()).isEqualTo(course.id()));
    }

    @Test
    void aTrackPathJoinsItsCourses() {
        catalog.course("Light", TRACK, List.of("optics"));
        catalog.course("Motion", TRACK, List.of("vectors"));
        catalog.course("Elsewhere", null, List.of("kinematics"));

        LearningPath path = service.path(LEARNER, "track:" + TRACK);

        assertThat(path.goalTitle()).isEqualTo("Track of " + TRACK);
        assertThat(path.steps()).extracting(s -> s.concept().key()).containsExactly("algebra", "vectors", "optics");
    }

    @Test
    void aSubjectPathHoldsEveryConceptOfTheSubjectWithLessonsFromAnyCourse() {
        catalog.course("Light", null, List.of("optics"));
        states.knowledge.add(known("algebra", 0.95, 10));
        states.knowledge.add(known("vectors", 0.85, 10));

        LearningPath path = service.path(LEARNER, "subject:physics");

        assertThat(path.steps()).extracting(s -> s.concept().key())
                .containsExactly("algebra", "vectors", "optics", "kinematics");
        assertThat(path.next()).extracting(s -> s.concept().key()).containsExactly("optics", "kinematics");
        assertThat(path.steps().get(2).lessons()).singleElement().satisfies(l -> assertThat(l.title()).isEqualTo("Light 1"));
    }

    @Test
    void anUnknownGoalIsNotFound() {
        for (String goal : List.of("subject:chemistry", "course:" + UUID.randomUUID(), "track:" + UUID.randomUUID())) {
            ApiException problem = catchThrowableOfType(ApiException.class, () -> service.path(LEARNER, goal));

            assertThat(problem.status()).as(goal).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(problem.code()).as(goal).isEqualTo("goal-not-found");
        }
    }

    @Test
    void limitsOutsideOneToFiftyAreRefused() {
        for (int limit : new int[] {0, -1, PlanningService.MAX_LIMIT + 1}) {
            assertThat(catchThrowableOfType(ApiException.class, () -> service.recommendations(LEARNER, limit)).errors())
                    .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("limit"));
            assertThat(catchThrowableOfType(ApiException.class, () -> service.weakSpots(LEARNER, limit)).errors())
                    .singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("limit"));
        }
        assertThat(service.recommendations(LEARNER, PlanningService.MAX_LIMIT)).isNotEmpty();
    }

    @Test
    void recommendationsJoinDueReviewsWithTheGraph() {
        states.knowledge.add(known("optics", 0.9, 10));
        states.due.add(new DueReview("optics", 0.9, NOW, 0.8));

        List<Recommendation> recommendations = service.recommendations(LEARNER, 10);

        assertThat(recommendations.get(0).concept()).isEqualTo("optics");
        assertThat(recommendations.get(0).kind()).isEqualTo(Recommendation.Kind.DUE_REVIEW);
        assertThat(service.weakSpots(LEARNER, 10)).isEmpty();
    }

    @Test
    void thePhaseCountsMasteryOverTheWholeSyllabusByExamWeight() {
        states.knowledge.add(known("optics", 1.0, 10));
        states.knowledge.add(known("kinematics", 0.5, 10));
        states.standing = new LearnerStanding(0, 0.5, 0.75, 2, true, LocalDate.of(2027, 1, 10));

        var report = service.phase(LEARNER);

        // (0.4 × 1.0 + 0.3 × 0.5) / (0.2 + 0.1 + 0.3 + 0.4) = 0.55; 49 days to the exam
        assertThat(report.overallMastery()).isCloseTo(0.55, within(1e-9));
        assertThat(report.daysToExam()).isEqualTo(49);
        assertThat(report.phase()).isEqualTo(Phase.REVISION);
    }

    @Test
    void thereIsNoPredictionWithoutABenchmarkOrWithAnEmptyOne() {
        assertThat(service.prediction(LEARNER)).isEmpty();

        benchmark = ScorePredictorTests.paper(List.of(), List.of(), null);
        assertThat(service.prediction(LEARNER)).isEmpty();

        benchmark = ScorePredictorTests.paper(ScorePredictorTests.jeePaper(10), List.of(BigDecimal.TEN), null);
        assertThat(service.prediction(LEARNER)).hasValueSatisfying(p -> assertThat(p.cohort()).isEqualTo(1));
    }

    @Test
    void thePredictionCountsEveryAnswerTowardsItsBasis() {
        benchmark = ScorePredictorTests.paper(ScorePredictorTests.jeePaper(10), List.of(), null);
        states.standing = new LearnerStanding(0, 0.6, 0.5, 2, false, null);
        states.knowledge.add(known("optics", 0.6, 6));
        states.knowledge.add(known("vectors", 0.6, 3));

        assertThat(service.prediction(LEARNER).orElseThrow().basis()).isEqualTo(ScorePredictor.BASIS_LITTLE);
        states.knowledge.add(known("algebra", 0.6, 1));
        assertThat(service.prediction(LEARNER).orElseThrow().basis()).isEqualTo(ScorePredictor.BASIS_ANSWERS);
    }

    /** The learner's state as a list the test fills in. */
    static final class States implements KnowledgeStates {

        final List<ConceptKnowledge> knowledge = new ArrayList<>();
        final List<DueReview> due = new ArrayList<>();
        LearnerStanding standing = new LearnerStanding(0, 1, 0, 0, false, null);

        @Override
        public List<ConceptKnowledge> of(UserId learner) {
            return List.copyOf(knowledge);
        }

        @Override
        public Optional<ConceptKnowledge> of(UserId learner, String concept) {
            return knowledge.stream().filter(k -> k.concept().equals(concept)).findFirst();
        }

        @Override
        public Map<UserId, List<ConceptKnowledge>> ofLearners(Collection<UserId> learners) {
            Map<UserId, List<ConceptKnowledge>> all = new HashMap<>();
            learners.forEach(l -> all.put(l, of(l)));
            return all;
        }

        @Override
        public List<DueReview> due(UserId learner, int limit) {
            return due.stream().limit(limit).toList();
        }

        @Override
        public Optional<Explanation> explain(UserId learner, String concept) {
            return Optional.empty();
        }

        @Override
        public LearnerStanding standing(UserId learner) {
            return standing;
        }

        @Override
        public void record(UserId learner, List<Observation> observations, EvidenceSource source) {
            throw new UnsupportedOperationException("planning only reads");
        }

        @Override
        public void seedFromDiagnostic(UserId learner, double theta, double standardError,
                Map<String, Double> conceptPriors) {
            throw new UnsupportedOperationException("planning only reads");
        }

        @Override
        public void setExamDate(UserId learner, @Nullable LocalDate examDate) {
            throw new UnsupportedOperationException("planning only reads");
        }
    }

    /** Published courses, each lesson tagged with one concept. */
    static final class Catalog implements CatalogManagement {

        final Map<CourseId, CourseOutline> courses = new java.util.LinkedHashMap<>();

        CourseOutline course(String title, @Nullable TrackId track, List<String> conceptsOfLessons) {
            return course(title, track, conceptsOfLessons, List.of());
        }

        /** {@code extra} lesson is tagged with all of its keys at once. */
        CourseOutline course(String title, @Nullable TrackId track, List<String> conceptsOfLessons, List<String> extra) {
            CourseId id = new CourseId(UUID.randomUUID());
            ModuleId module = new ModuleId(UUID.randomUUID());
            List<LessonOutline> lessons = new ArrayList<>();
            for (String concept : conceptsOfLessons) {
                lessons.add(new LessonOutline(new LessonId(UUID.randomUUID()), module, title + " " + (lessons.size() + 1),
                        LessonKind.CONCEPT_INTRO, 10, List.of(concept)));
            }
            if (!extra.isEmpty()) {
                lessons.add(new LessonOutline(new LessonId(UUID.randomUUID()), module, title + " extra",
                        LessonKind.CHALLENGE, 10, extra));
            }
            CourseSummary summary = new CourseSummary(id, TenantId.PLATFORM, title, "", CourseLevel.BEGINNER, "Physics",
                    BigDecimal.ONE, false, null, EnrollmentPolicy.OPEN, 1, lessons.size(), track,
                    track == null ? null : "Track of " + track, null);
            CourseOutline outline = new CourseOutline(summary, 1, List.of(new ModuleOutline(module, "Module", lessons)));
            courses.put(id, outline);
            return outline;
        }

        @Override
        public List<CourseSummary> browse(CatalogQuery query, Locale locale) {
            return courses.values().stream().map(CourseOutline::summary)
                    .filter(s -> query.track() == null || query.track().equals(s.track())).toList();
        }

        @Override
        public Optional<CourseOutline> publishedCourse(CourseId course, Locale locale) {
            return Optional.ofNullable(courses.get(course));
        }

        @Override
        public Optional<LessonContent> publishedLesson(CourseId course, LessonId lesson, Locale locale) {
            return Optional.empty();
        }

        @Override
        public Map<CourseId, CourseSummary> summaries(Collection<CourseId> ids, Locale locale) {
            Map<CourseId, CourseSummary> found = new HashMap<>();
            ids.stream().filter(courses::containsKey).forEach(id -> found.put(id, courses.get(id).summary()));
            return found;
        }

        @Override
        public boolean enrollmentKeyMatches(CourseId course, String key) {
            return false;
        }
    }
}
