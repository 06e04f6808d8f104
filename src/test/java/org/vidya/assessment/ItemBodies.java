package org.vidya.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Item request bodies for the assessment module's tests. */
public final class ItemBodies {

    private ItemBodies() {
    }

    /** A JEE-style single-choice item on projectile motion. */
    public static Map<String, Object> singleChoice(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", "A ball is thrown at 45°. Which launch angle gives the same range?");
        body.put("shuffle", true);
        List<Object> choices = new ArrayList<>(List.of(
                choice("a7", "30° and 60° give equal ranges, 45° gives the most", 1),
                choice("b3", "Only 90°", 0), choice("c9", "Only 0°", 0), choice("d2", "135°", -0.25)));
        body.put("choices", choices);
        return item("single-choice", title, body);
    }

    public static Map<String, Object> numeric(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", "A car accelerates from rest at 2 m/s² for 5 s. How far does it go, in metres?");
        body.put("answers", List.of(Map.of("value", 25, "tolerance", 0.5, "fraction", 1)));
        body.put("units", List.of(Map.of("unit", "m", "multiplier", 1), Map.of("unit", "cm", "multiplier", 100)));
        return item("numeric", title, body);
    }

    public static Map<String, Object> item(String type, String title, Map<String, Object> body) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("title", title);
        item.put("body", body);
        item.put("marks", 4);
        item.put("negativeMarks", 1);
        item.put("difficulty", "medium");
        item.put("primaryConcept", "physics.kinematics.projectile");
        item.put("secondaryConcepts", List.of("physics.kinematics.displacement"));
        item.put("explanation", "R = u² sin 2θ / g is symmetric about 45°.");
        item.put("source", "Vidya tests");
        item.put("year", 2024);
        return item;
    }

    static Map<String, Object> choice(String id, String text, double fraction) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("id", id);
        choice.put("text", text);
        choice.put("fraction", fraction);
        return choice;
    }
}
