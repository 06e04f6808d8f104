package org.vidya.mastery.plan;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.LearningPath.LessonRef;
import org.vidya.mastery.LearningPath.Step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.mastery.plan.PlanFixtures.*;

class PathPlannerTests {

    // algebra (maths) → vectors → kinematics → projectile; units → kinematics; optics stands apart
    final ConceptGraph graph = new ConceptGraph(
            List.of(concept("algebra", "maths", 1, 0.1), concept("vectors", 1, 0.05), concept("units", 1, 0.02),
                    concept("heavy", 1, 0.2), concept("kinematics", 2, 0.1), concept("projectile", 3, 0.08),
                    concept("optics", 2, 0.1)),
            List.of(hard("vectors", "algebra"), hard("kinematics", "vectors"), soft("kinematics", "units"),
                    hard("projectile", "kinematics")));
    final PathPlanner planner = new PathPlanner(0.8, 0.7);

    @Test
    void aGoalBringsEveryPrerequisiteAlongAcrossSubjectsAndKindsPrerequisitesFirst() {
        LearningPath path = planner.plan("course:x", "Projectiles", graph, List.of("projectile"), Map.of(), Map.of());

        assertThat(keys(path.steps())).containsExactly("algebra", "vectors", "units", "kinematics", "projectile");
    }

    @Test
    void readyConceptsComeByLayerThenByExamWeight() {
        LearningPath path = planner.plan("subject:physics", "Physics", graph,
                List.of("heavy", "units", "vectors", "optics"), Map.of(), Map.of());

        // layer 1 first, heavier first (heavy 0.2, algebra 0.1); vectors (layer 1, 0.05) is ready once
        // algebra is done and outweighs units (0.02); optics is layer 2
        assertThat(keys(path.steps())).containsExactly("heavy", "algebra", "vectors", "units", "optics");
    }

    @Test
    void masteredConceptsAreMarkedAndSkippedByNext() {
        LearningPath path = planner.plan("course:x", "Projectiles", graph, List.of("projectile"),
                states(known("algebra", 0.9, 10), known("vectors", 0.8, 10), known("units", 0.5, 3)), Map.of());

        assertThat(path.steps()).extracting(Step::mastered).containsExactly(true, true, false, false, false);
        assertThat(keys(path.next())).containsExactly("units", "kinematics", "projectile");
        assertThat(path.steps().get(2).mastery()).isEqualTo(0.5);
    }

    @Test
    void thePathFollowsMasteryAsItChanges() {
        LearningPath before = planner.plan("course:x", "K", graph, List.of("kinematics"),
                states(known("algebra", 0.9, 10)), Map.of());
        LearningPath after = planner.plan("course:x", "K", graph, List.of("kinematics"),
                states(known("algebra", 0.9, 10), known("vectors", 0.85, 10), known("units", 0.9, 10)), Map.of());

        assertThat(keys(before.next())).containsExactly("vectors", "units", "kinematics");
        assertThat(before.steps()).filteredOn(s -> s.concept().key().equals("kinematics"))
                .extracting(Step::visible).containsExactly(false);
        assertThat(keys(after.next())).containsExactly("kinematics");
        assertThat(after.steps()).filteredOn(s -> s.concept().key().equals("kinematics"))
                .extracting(Step::visible).containsExactly(true);
    }

    @Test
    void eachStepCarriesTheLessonsThatTeachIt() {
        LessonRef lesson = new LessonRef(new CourseId(UUID.randomUUID()), new LessonId(UUID.randomUUID()),
                "Throwing things");

        LearningPath path = planner.plan("course:x", "Projectiles", graph, List.of("projectile"), Map.of(),
                Map.of("projectile", List.of(lesson)));

        assertThat(path.steps().get(4).lessons()).containsExactly(lesson);
        assertThat(path.steps().get(0).lessons()).isEmpty();
    }

    @Test
    void keysTheGraphDoesNotKnowAreLeftOut() {
        LearningPath path = planner.plan("course:x", "X", graph, List.of("nowhere", "optics"), Map.of(), Map.of());

        assertThat(keys(path.steps())).containsExactly("optics");
        assertThat(path.goal()).isEqualTo("course:x");
        assertThat(path.goalTitle()).isEqualTo("X");
    }

    private static List<String> keys(List<Step> steps) {
        return steps.stream().map(s -> s.concept().key()).toList();
    }
}
