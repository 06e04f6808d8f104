package org.vidya.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.grading.SimpleItemTypes.answer;
import static org.vidya.assessment.grading.SimpleItemTypes.choiceBody;
import static org.vidya.assessment.grading.SimpleItemTypes.json;
import static org.vidya.assessment.grading.SimpleItemTypes.key;
import static org.vidya.assessment.grading.SimpleItemTypes.multipleBody;
import static org.vidya.assessment.grading.SimpleItemTypes.slot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;

class ScoringTests {

    private final Scoring scoring = new Scoring(SimpleItemTypes.lookup());

    private static BigDecimal marks(String value) {
        return new BigDecimal(value).setScale(2);
    }

    private ScoreSheet score(AttemptKey key, SavedAnswer... answers) {
        return scoring.score(key, java.util.Arrays.stream(answers)
                .collect(java.util.stream.Collectors.toMap(SavedAnswer::slot, a -> a)));
    }

    @Test
    void itemMarksGiveTheFractionOfTheItemsMarks() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "multiple-response", multipleBody(), "3", "1", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"choices\":[\"a\"]}"));
        assertThat(sheet.slots().get(0).outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(sheet.score()).isEqualTo(marks("1.50"));
        assertThat(sheet.maxScore()).isEqualTo(marks("3"));
    }

    @Test
    void itemMarksTakeTheNegativeMarksForAWrongAnswer() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "single-choice", choiceBody(), "2", "0.5", "c"));
        assertThat(score(key, answer("q1", "{\"choice\":\"w1\"}")).score()).isEqualTo(marks("-0.50"));
    }

    @Test
    void aNegativeFractionCostsTheNegativeMarksAndNoMore() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "single-choice", choiceBody(), "4", "1", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"choice\":\"w2\"}"));
        assertThat(sheet.slots().get(0).fraction()).isEqualTo(-0.5);
        assertThat(sheet.score()).isEqualTo(marks("-1"));
    }

    @Test
    void aNegativeFractionWithoutNegativeMarksCostsNothing() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "multiple-response", multipleBody(), "4", "0", "c"));
        assertThat(score(key, answer("q1", "{\"choices\":[\"c\"]}")).score()).isEqualTo(marks("0"));
    }

    @Test
    void unansweredItemsEarnNothingAndAreNotCountedAsAnswered() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "single-choice", choiceBody(), "4", "1", "c"),
                slot("q2", 0, "single-choice", choiceBody(), "4", "1", "c"));
        ScoreSheet sheet = scoring.score(key, Map.of("q2", new SavedAnswer("q2", json("null"), 5, false, Instant.EPOCH)));
        assertThat(sheet.score()).isEqualTo(marks("0"));
        assertThat(sheet.slots()).extracting(SlotScore::outcome).containsOnly(Outcome.UNANSWERED);
        assertThat(sheet.slots()).noneMatch(SlotScore::answered);
        assertThat(sheet.accuracy()).isZero();
    }

    @Test
    void jeeMarkingGivesFourForRightMinusOneForWrongAndZeroForUnanswered() {
        AttemptKey key = key(MarkingScheme.jee(),
                slot("q1", 0, "single-choice", choiceBody(), "1", "0", "c"),
                slot("q2", 0, "single-choice", choiceBody(), "1", "0", "c"),
                slot("q3", 0, "single-choice", choiceBody(), "1", "0", "c"),
                slot("q4", 0, "single-choice", choiceBody(), "1", "0", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"choice\":\"r\"}"), answer("q2", "{\"choice\":\"r\"}"),
                answer("q3", "{\"choice\":\"w1\"}"));
        assertThat(sheet.slots()).extracting(SlotScore::score)
                .containsExactly(marks("4"), marks("4"), marks("-1"), marks("0"));
        assertThat(sheet.score()).isEqualTo(marks("7"));
        assertThat(sheet.maxScore()).isEqualTo(marks("16"));
    }

    @Test
    void fixedMarkingWithoutPartialCreditCountsAPartlyRightAnswerAsIncorrect() {
        AttemptKey key = key(MarkingScheme.jee(), slot("q1", 0, "multiple-response", multipleBody(), "1", "0", "c"));
        assertThat(score(key, answer("q1", "{\"choices\":[\"a\"]}")).score()).isEqualTo(marks("-1"));
    }

    @Test
    void fixedMarkingWithPartialCreditGivesTheFractionOfTheMarksForARightAnswer() {
        MarkingScheme scheme = new MarkingScheme(MarkingScheme.Mode.FIXED, BigDecimal.valueOf(4), BigDecimal.valueOf(-2),
                BigDecimal.ZERO, true);
        AttemptKey key = key(scheme, slot("q1", 0, "multiple-response", multipleBody(), "1", "0", "c"));
        assertThat(score(key, answer("q1", "{\"choices\":[\"a\"]}")).score()).isEqualTo(marks("2"));
    }

    @Test
    void fixedMarkingCanGiveMarksForLeavingAnItemOut() {
        MarkingScheme scheme = new MarkingScheme(MarkingScheme.Mode.FIXED, BigDecimal.valueOf(3), BigDecimal.valueOf(-1),
                new BigDecimal("0.25"), false);
        AttemptKey key = key(scheme, slot("q1", 0, "single-choice", choiceBody(), "1", "0", "c"));
        assertThat(score(key).score()).isEqualTo(marks("0.25"));
    }

    @Test
    void pendingItemsCountZeroUntilScored() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "essay", json("{\"prompt\":\"Discuss\"}"), "10", "2", "c"),
                slot("q2", 0, "single-choice", choiceBody(), "2", "0", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"text\":\"An essay\"}"), answer("q2", "{\"choice\":\"r\"}"));
        assertThat(sheet.slots().get(0).outcome()).isEqualTo(Outcome.PENDING);
        assertThat(sheet.slots().get(0).score()).isEqualTo(marks("0"));
        assertThat(sheet.score()).isEqualTo(marks("2"));
        assertThat(sheet.maxScore()).isEqualTo(marks("12"));
        assertThat(sheet.pending()).isOne();
        assertThat(sheet.complete()).isFalse();
        assertThat(sheet.sections().get(0).pending()).isOne();
    }

    @Test
    void aScoreGivenByAPersonGoesThroughTheSameMarkingRule() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "essay", json("{}"), "10", "2", "c"));
        SlotScore scored = Scoring.scored(key, key.slots().get(0), ItemScore.of(0.75, "Good"), true, 0);
        assertThat(scored.score()).isEqualTo(marks("7.50"));
        assertThat(Scoring.scored(key, key.slots().get(0), ItemScore.of(0, null), true, 0).score())
                .isEqualTo(marks("-2"));
    }

    @Test
    void anUnknownTypeOrAnUnreadableResponseWaitsForAPerson() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "hotspot", json("{}"), "1", "0", "c"),
                slot("q2", 0, "single-choice", json("{\"choices\":[{\"id\":\"r\"}]}"), "1", "0", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"x\":1}"), answer("q2", "{\"choice\":\"r\"}"));
        assertThat(sheet.slots()).extracting(SlotScore::outcome).containsOnly(Outcome.PENDING);
    }

    @Test
    void sectionsAndConceptsAddUpTheirOwnItemsAndSecondaryConceptsAreNotCounted() {
        AttemptKey key = new AttemptKey(List.of(new AttemptKey.Section("Physics", null, MarkingScheme.jee()),
                new AttemptKey.Section("Chemistry", null, MarkingScheme.itemMarks())),
                List.of(slot("q1", 0, "single-choice", choiceBody(), "1", "0", "kinematics"),
                        slot("q2", 0, "single-choice", choiceBody(), "1", "0", "optics"),
                        slot("q3", 1, "single-choice", choiceBody(), "2", "0", "kinematics")));
        ScoreSheet sheet = score(key, answer("q1", "{\"choice\":\"r\"}"), answer("q2", "{\"choice\":\"w1\"}"),
                answer("q3", "{\"choice\":\"r\"}"));
        assertThat(sheet.sections()).extracting(ScoreSheet.SectionTotal::score).containsExactly(marks("3"), marks("2"));
        assertThat(sheet.sections()).extracting(ScoreSheet.SectionTotal::maxScore).containsExactly(marks("8"), marks("2"));
        assertThat(sheet.sections().get(0).correct()).isOne();
        assertThat(sheet.sections().get(0).incorrect()).isOne();
        assertThat(sheet.concepts()).extracting(ScoreSheet.ConceptTotal::concept).containsExactly("kinematics", "optics");
        ScoreSheet.ConceptTotal kinematics = sheet.concepts().get(0);
        assertThat(kinematics.score()).isEqualTo(marks("6"));
        assertThat(kinematics.maxScore()).isEqualTo(marks("6"));
        assertThat(kinematics.items()).isEqualTo(2);
        assertThat(sheet.concepts().stream().mapToInt(ScoreSheet.ConceptTotal::items).sum()).isEqualTo(3);
    }

    @Test
    void accuracyIsTheCreditEarnedOverAnsweredItems() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "single-choice", choiceBody(), "1", "0", "c"),
                slot("q2", 0, "multiple-response", multipleBody(), "1", "0", "c"),
                slot("q3", 0, "single-choice", choiceBody(), "1", "0", "c"),
                slot("q4", 0, "single-choice", choiceBody(), "1", "0", "c"));
        ScoreSheet sheet = score(key, answer("q1", "{\"choice\":\"r\"}"), answer("q2", "{\"choices\":[\"a\"]}"),
                answer("q3", "{\"choice\":\"w2\"}"));
        assertThat(sheet.accuracy()).isCloseTo(1.5 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void timeSpentAndFeedbackAreKeptPerSlot() {
        AttemptKey key = key(MarkingScheme.itemMarks(), slot("q1", 0, "single-choice", choiceBody(), "1", "0", "c"));
        ScoreSheet sheet = scoring.score(key, Map.of("q1",
                new SavedAnswer("q1", json("{\"choice\":\"r\"}"), 42_000, false, Instant.EPOCH)));
        assertThat(sheet.slots().get(0).timeSpentMillis()).isEqualTo(42_000);
        assertThat(sheet.slots().get(0).feedback()).isEqualTo("Yes.");
    }
}
