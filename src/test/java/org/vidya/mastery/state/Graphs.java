package org.vidya.mastery.state;

import java.time.Instant;
import java.util.List;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Observation;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;

/**
 * A small mechanics graph for tests: projectile motion needs kinematics (transfer 0.6) and
 * trigonometry (0.4); kinematics needs vectors (0.5).
 */
final class Graphs {

    static final String VECTORS = "physics.vectors";
    static final String KINEMATICS = "physics.kinematics";
    static final String PROJECTILE = "physics.kinematics.projectile";
    static final String TRIGONOMETRY = "maths.trigonometry";

    private Graphs() {
    }

    static ConceptGraph mechanics() {
        return new ConceptGraph(List.of(concept(VECTORS, "Vectors", "physics", 1),
                concept(KINEMATICS, "Kinematics", "physics", 2), concept(PROJECTILE, "Projectile motion", "physics", 3),
                concept(TRIGONOMETRY, "Trigonometry", "maths", 1)),
                List.of(new Prerequisite(PROJECTILE, KINEMATICS, 1.0, PrerequisiteKind.HARD, 0.6),
                        new Prerequisite(PROJECTILE, TRIGONOMETRY, 0.5, PrerequisiteKind.SOFT, 0.4),
                        new Prerequisite(KINEMATICS, VECTORS, 1.0, PrerequisiteKind.HARD, 0.5)));
    }

    private static Concept concept(String key, String name, String subject, int layer) {
        return new Concept(key, name, subject, layer, null, 2, 0.1, null, false);
    }

    static Observation answer(String primary, List<String> secondaries, double outcome, Instant at) {
        return new Observation(null, primary, secondaries, 0.0, 1.0, outcome, at, 30_000);
    }
}
