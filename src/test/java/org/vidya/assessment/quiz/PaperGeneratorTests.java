package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;

class PaperGeneratorTests {

    final FakeItems bank = new FakeItems();
    final PaperGenerator generator = new PaperGenerator(bank.provider(), FakeItems.types());
    final AttemptId attempt = AttemptId.random();

    @Test
    void theSameSeedGivesTheSameItemsOrderAndBytes() {
        bank.add(30);
        Quiz quiz = quiz(QuizSettings.defaults(), blueprint("Mechanics", 10, null), blueprint("Optics", 10, null));
        PaperGenerator.Generated first = generator.generate(attempt, quiz, 42, "en");
        PaperGenerator.Generated again = generator.generate(attempt, quiz, 42, "en");
        PaperGenerator.Generated other = generator.generate(attempt, quiz, 43, "en");
        assertThat(again.paper()).isEqualTo(first.paper());
        assertThat(again.etag()).isEqualTo(first.etag());
        assertThat(items(again.key())).isEqualTo(items(first.key()));
        assertThat(items(other.key())).isNotEqualTo(items(first.key()));
    }

    @Test
    void blueprintsNeverPutAnItemTwiceOnOnePaper() {
        bank.add(20);
        Quiz quiz = quiz(QuizSettings.defaults(), blueprint("One", 10, null), blueprint("Two", 10, null));
        for (long seed = 0; seed < 20; seed++) {
            List<ItemId> drawn = items(generator.generate(attempt, quiz, seed, "en").key());
            assertThat(drawn).hasSize(20).doesNotHaveDuplicates();
        }
    }

    @Test
    void blueprintRulesFilterByDifficulty() {
        bank.add(10);
        Quiz quiz = quiz(QuizSettings.defaults(), blueprint("Hard ones", 5, "hard"));
        AttemptKey key = generator.generate(attempt, quiz, 7, "en").key();
        assertThat(key.slots()).extracting(AttemptKey.Slot::difficulty).containsOnly("hard");
    }

    @Test
    void aPoolTooSmallIsRefusedNamingTheSection() {
        bank.add(5);
        Quiz quiz = quiz(QuizSettings.defaults(), blueprint("Big section", 6, null));
        assertThatThrownBy(() -> generator.generate(attempt, quiz, 1, "en")).isInstanceOf(ApiException.class)
                .hasMessageContaining("Big section").extracting(e -> ((ApiException) e).code()).isEqualTo("pool-too-small");
        List<FieldViolation> problems = generator.check(quiz.spec());
        assertThat(problems).extracting(FieldViolation::field).containsExactly("sections[0].rules[0].count");
        assertThat(problems.get(0).message()).contains("Big section");
    }

    @Test
    void checkNamesItemsThatDoNotExistOrRepeat() {
        ItemSnapshot item = bank.add("Known", Difficulty.EASY);
        QuizSection section = new QuizSection("Fixed", null, MarkingScheme.itemMarks(),
                List.of(item.id().value(), ItemId.random().value(), item.id().value()), List.of());
        List<FieldViolation> problems = generator.check(spec(QuizSettings.defaults(), section));
        assertThat(problems).extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections[0].items[1]", "item-not-found"),
                org.assertj.core.groups.Tuple.tuple("sections[0].items[2]", "duplicate-item"));
    }

    @Test
    void fixedFormsKeepTheirOrderUnlessShuffled() {
        List<ItemSnapshot> added = bank.add(12);
        QuizSection section = new QuizSection("Fixed", null, MarkingScheme.itemMarks(),
                added.stream().map(i -> i.id().value()).toList(), List.of());
        List<ItemId> inOrder = added.stream().map(ItemSnapshot::id).toList();
        assertThat(items(generator.generate(attempt, quiz(QuizSettings.defaults(), section), 5, "en").key()))
                .isEqualTo(inOrder);
        QuizSettings shuffled = new QuizSettings(null, 0, true, true, QuizSettings.Navigation.FREE,
                QuizSettings.FeedbackTiming.AFTER_SUBMIT, QuizSettings.QuestionBehaviour.DEFERRED, 1, BigDecimal.ZERO,
                null);
        List<ItemId> drawn = items(generator.generate(attempt, quiz(shuffled, section), 5, "en").key());
        assertThat(drawn).containsExactlyInAnyOrderElementsOf(inOrder).isNotEqualTo(inOrder);
    }

    @Test
    void thePaperHoldsNoKeyWhileTheKeyHoldsTheBody() {
        bank.add(3);
        PaperGenerator.Generated generated = generator.generate(attempt,
                quiz(QuizSettings.defaults(), blueprint("All", 3, null)), 9, "en");
        JsonNode paper = Json.MAPPER.readTree(generated.paper());
        assertThat(paper.toString()).doesNotContain("fraction");
        assertThat(paper.path("attempt").asString()).isEqualTo(attempt.toString());
        assertThat(paper.path("sections").get(0).path("slots").toString()).isEqualTo("[\"q1\",\"q2\",\"q3\"]");
        assertThat(paper.path("items").get(0).path("body").path("choices")).hasSize(3);
        assertThat(generated.key().slots().get(0).body().toString()).contains("fraction");
        assertThat(generated.key().slots()).extracting(AttemptKey.Slot::slot).containsExactly("q1", "q2", "q3");
    }

    @Test
    void aFixedMarkingSchemeShowsItsMarksOnThePaper() {
        bank.add(2);
        QuizSection jee = new QuizSection("JEE", null, MarkingScheme.jee(), List.of(),
                List.of(new QuizSection.BlueprintRule(bank.bank.value(), null, null, null, 2)));
        JsonNode paper = Json.MAPPER.readTree(generator.generate(attempt, quiz(QuizSettings.defaults(), jee), 1, "en")
                .paper());
        assertThat(paper.path("items").get(0).path("marks").decimalValue()).isEqualByComparingTo("4");
        assertThat(paper.path("items").get(0).path("negativeMarks").decimalValue()).isEqualByComparingTo("1");
    }

    @Test
    void theKeySurvivesItsColumn() {
        bank.add(4);
        AttemptKey key = generator.generate(attempt, quiz(QuizSettings.defaults(), blueprint("All", 4, null)), 3, "en")
                .key();
        assertThat(Json.key(Json.write(key))).isEqualTo(key);
    }

    private QuizSection blueprint(String title, int count, String difficulty) {
        return new QuizSection(title, null, MarkingScheme.itemMarks(), List.of(),
                List.of(new QuizSection.BlueprintRule(bank.bank.value(), null, difficulty, null, count)));
    }

    private static QuizSpec spec(QuizSettings settings, QuizSection... sections) {
        return new QuizSpec("Test", "", QuizKind.PRACTICE, List.of(sections), settings);
    }

    private static Quiz quiz(QuizSettings settings, QuizSection... sections) {
        return Tenancy.callAs(TenantId.random(), () -> new Quiz(spec(settings, sections), UserId.random(),
                Instant.now()));
    }

    private static List<ItemId> items(AttemptKey key) {
        return key.slots().stream().map(AttemptKey.Slot::item).toList();
    }
}
