package org.vidya.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.grading.ScoreSheet;
import org.vidya.assessment.grading.Scoring;
import org.vidya.assessment.item.CaseItemType;
import org.vidya.assessment.item.ClozeItemType;
import org.vidya.assessment.item.EssayItemType;
import org.vidya.assessment.item.MatchingItemType;
import org.vidya.assessment.item.MultipleResponseItemType;
import org.vidya.assessment.item.NumericItemType;
import org.vidya.assessment.item.OrderingItemType;
import org.vidya.assessment.item.ShortTextItemType;
import org.vidya.assessment.item.SingleChoiceItemType;
import org.vidya.assessment.item.TrueFalseItemType;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.spi.ItemType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Grading one 75-item attempt on submit, as {@code AttemptGrader} does before it writes rows:
 * every slot through the bank's real item types (choice, multiple response, true/false, numeric
 * with units, short text with wildcards, matching, ordering, cloze, staged cases with an essay
 * part, essays), then marks by section schemes (JEE +4/-1 and item marks) and the totals.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GradingBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();

    Scoring scoring;
    AttemptKey key;
    Map<String, SavedAnswer> answers;

    private static final String LONG_PROMPT = "A ball is thrown vertically upwards from the top of a 20 m tower with a"
            + " speed of 15 m/s. Taking g = 9.8 m/s², and neglecting air resistance, consider its motion until it"
            + " reaches the ground. ";

    @Setup
    public void attempt() {
        SingleChoiceItemType single = new SingleChoiceItemType();
        NumericItemType numeric = new NumericItemType();
        ShortTextItemType shortText = new ShortTextItemType();
        List<ItemType> list = new ArrayList<>(List.of(single, new MultipleResponseItemType(), new TrueFalseItemType(),
                numeric, shortText, new MatchingItemType(), new OrderingItemType(), new EssayItemType(),
                new ClozeItemType(single, numeric, shortText)));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        list.add(new CaseItemType(beans.getBeanProvider(ItemTypes.class)));
        ItemTypes types = new ItemTypes(list);
        beans.addBean("itemTypes", types);
        scoring = new Scoring(types::find);

        List<AttemptKey.Slot> slots = new ArrayList<>();
        answers = new HashMap<>();
        int n = 0;
        for (int i = 0; i < 25; i++) {
            n = add(slots, n, "single-choice", """
                    {"prompt":"%s Which is the maximum height reached above the ground?","shuffle":true,"choices":[
                    {"id":"a1","text":"31.48 m","fraction":1,"feedback":"Right: 20 + 15²/(2g)."},
                    {"id":"b2","text":"11.48 m","fraction":0,"feedback":"That is above the tower only."},
                    {"id":"c3","text":"20 m","fraction":0},{"id":"d4","text":"35 m","fraction":0}]}"""
                    .formatted(LONG_PROMPT), i % 3 == 0 ? "{\"choice\":\"b2\"}" : "{\"choice\":\"a1\"}", 0);
        }
        for (int i = 0; i < 10; i++) {
            n = add(slots, n, "multiple-response", """
                    {"prompt":"%s Select every true statement.","shuffle":true,"choices":[
                    {"id":"p1","text":"Its acceleration is constant","fraction":0.5},
                    {"id":"p2","text":"Its speed is zero at the top","fraction":0.5},
                    {"id":"p3","text":"Its acceleration is zero at the top","fraction":-0.5},
                    {"id":"p4","text":"It returns to the tower top at 15 m/s","fraction":0}]}""".formatted(LONG_PROMPT),
                    i % 2 == 0 ? "{\"choices\":[\"p1\",\"p2\"]}" : "{\"choices\":[\"p1\",\"p3\"]}", 0);
        }
        for (int i = 0; i < 8; i++) {
            n = add(slots, n, "true-false", """
                    {"prompt":"%s The time of flight does not depend on the mass.","answer":true,
                    "feedbackTrue":"Right.","feedbackFalse":"Mass cancels out."}""".formatted(LONG_PROMPT),
                    "{\"value\":" + (i % 4 != 0) + "}", 0);
        }
        for (int i = 0; i < 10; i++) {
            n = add(slots, n, "numeric", """
                    {"prompt":"%s How long until it lands, in seconds?","answers":[
                    {"value":4.05,"tolerance":0.05,"fraction":1},{"value":4,"tolerance":0.2,"fraction":0.5,"feedback":"Rounded."}],
                    "units":[{"unit":"s","multiplier":1},{"unit":"ms","multiplier":1000}],"unitRequired":false}"""
                    .formatted(LONG_PROMPT), i % 2 == 0 ? "{\"value\":\"4050\",\"unit\":\"ms\"}" : "{\"value\":\"3.9\"}",
                    1);
        }
        for (int i = 0; i < 6; i++) {
            n = add(slots, n, "short-text", """
                    {"prompt":"Name the quantity that stays constant during free fall.","caseSensitive":false,
                    "answers":[{"text":"acceleration","fraction":1},{"text":"accel*","fraction":0.5,"feedback":"Spelling."},
                    {"text":"g","fraction":1}]}""", i % 2 == 0 ? "{\"text\":\"  Acceleration \"}" : "{\"text\":\"speed\"}",
                    1);
        }
        for (int i = 0; i < 5; i++) {
            n = add(slots, n, "matching", """
                    {"prompt":"Match each unit to its quantity.","shuffle":true,"stems":[
                    {"id":"s1","text":"newton","match":"o2"},{"id":"s2","text":"joule","match":"o1"},
                    {"id":"s3","text":"watt","match":"o3"},{"id":"s4","text":"pascal","match":"o4"},
                    {"id":"s5","text":"hertz","match":"o5"}],"options":[{"id":"o1","text":"energy"},{"id":"o2","text":"force"},
                    {"id":"o3","text":"power"},{"id":"o4","text":"pressure"},{"id":"o5","text":"frequency"},
                    {"id":"o6","text":"momentum"}]}""",
                    "{\"matches\":{\"s1\":\"o2\",\"s2\":\"o1\",\"s3\":\"o4\",\"s4\":\"o3\",\"s5\":\"o5\"}}", 1);
        }
        for (int i = 0; i < 4; i++) {
            n = add(slots, n, "ordering", """
                    {"prompt":"Order the stages of the ball's flight.","grading":"partial","items":[
                    {"id":"x1","text":"Leaves the hand"},{"id":"x2","text":"Slows down"},{"id":"x3","text":"Stops at the top"},
                    {"id":"x4","text":"Falls past the tower top"},{"id":"x5","text":"Hits the ground"}]}""",
                    "{\"order\":[\"x1\",\"x2\",\"x3\",\"x5\",\"x4\"]}", 1);
        }
        for (int i = 0; i < 4; i++) {
            n = add(slots, n, "cloze", """
                    {"text":"The ball reaches the top after {{g1}} s, at a height of {{g2}} m, where its {{g3}} is zero.",
                    "gaps":[{"id":"g1","type":"numeric","weight":1,"body":{"answers":[{"value":1.53,"tolerance":0.02,"fraction":1}]}},
                    {"id":"g2","type":"numeric","weight":1,"body":{"answers":[{"value":31.48,"tolerance":0.1,"fraction":1}]}},
                    {"id":"g3","type":"single-choice","weight":1,"body":{"choices":[{"id":"h1","text":"velocity","fraction":1},
                    {"id":"h2","text":"acceleration","fraction":0}]}}]}""",
                    "{\"gaps\":{\"g1\":{\"value\":\"1.53\"},\"g2\":{\"value\":\"31.5\"},\"g3\":{\"choice\":\"h1\"}}}", 1);
        }
        for (int i = 0; i < 2; i++) {
            n = add(slots, n, "case", """
                    {"prompt":"%s","stages":[{"id":"st1","title":"Going up","text":"The ball rises.","parts":[
                    {"id":"p1","type":"single-choice","weight":1,"body":{"prompt":"Its speed","choices":[
                    {"id":"c1","text":"decreases","fraction":1},{"id":"c2","text":"increases","fraction":0}]}},
                    {"id":"p2","type":"numeric","weight":1,"body":{"prompt":"Time to the top, s","answers":[
                    {"value":1.53,"tolerance":0.02,"fraction":1}]}}]},
                    {"id":"st2","title":"Coming down","text":"It falls past the tower.","parts":[
                    {"id":"p3","type":"true-false","weight":1,"body":{"prompt":"It passes the top at 15 m/s.","answer":true}},
                    {"id":"p4","type":"essay","weight":2,"body":{"prompt":"Explain why, from energy."}}]}]}"""
                    .formatted(LONG_PROMPT), """
                    {"stage":2,"parts":{"p1":{"choice":"c1"},"p2":{"value":"1.5"},"p3":{"value":true},
                    "p4":{"text":"Kinetic energy at the top of the tower is the same on the way down."}}}""", 1);
        }
        n = add(slots, n, "essay", """
                {"prompt":"Discuss the assumptions of this model.","minWords":50,"maxWords":300,
                "guidance":"Air resistance, constant g, point mass."}""",
                "{\"text\":\"We neglect air resistance and treat g as constant near the surface.\"}", 1);
        key = new AttemptKey(List.of(new AttemptKey.Section("Physics", null, MarkingScheme.jee()),
                new AttemptKey.Section("Problems", null, MarkingScheme.itemMarks())), slots);
        if (n != 75) {
            throw new IllegalStateException("expected 75 items, made " + n);
        }
    }

    private int add(List<AttemptKey.Slot> slots, int n, String type, String body, String response, int section) {
        String slot = "q" + (n + 1);
        slots.add(new AttemptKey.Slot(slot, section, ItemId.random(), 1, type, JSON.readTree(body), BigDecimal.valueOf(4),
                BigDecimal.ONE, "physics.kinematics." + type, List.of("physics.units"), "medium"));
        answers.put(slot, new SavedAnswer(slot, JSON.readTree(response), 40_000, false, Instant.EPOCH));
        return n + 1;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ScoreSheet grade75Items() {
        return scoring.score(key, answers);
    }
}
