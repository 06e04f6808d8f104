package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizKind;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizSettings;
import org.vidya.assessment.quiz.QuizSpec;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.assessment.web.QuizForm.RuleForm;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The builder form: its buttons change it without saving, and it reads into the service's spec and back. */
class QuizFormTests {

    static final String A = UUID.randomUUID().toString();
    static final String B = UUID.randomUUID().toString();
    static final String C = UUID.randomUUID().toString();

    QuizForm form(String... items) {
        QuizForm form = QuizForm.blank("Section 1");
        form.setTitle("Kinematics weekly");
        form.getSections().getFirst().setItems(List.of(items));
        return form;
    }

    @Test
    void addsAnItemOnceAndNeverAnEmptyOne() {
        QuizForm form = form(A);
        assertThat(form.apply("add-item:0:" + B)).isTrue();
        form.apply("add-item:0:" + B);
        form.apply("add-item:0:");
        assertThat(form.withBlankRows().getSections().getFirst().getItems()).containsExactly(A, B);
    }

    @Test
    void searchResultsStayShownWhileTheTeacherAddsFromThem() {
        assertThat(QuizForm.searchedSection("search:2")).isEqualTo(2);
        assertThat(QuizForm.searchedSection("add-item:1:" + A)).isEqualTo(1);
        assertThat(QuizForm.searchedSection("remove-item:0:0")).isEqualTo(-1);
        assertThat(QuizForm.searchedSection("search:x")).isEqualTo(-1);
        assertThat(QuizForm.searchedSection(null)).isEqualTo(-1);
    }

    @Test
    void movesAndRemovesItemsWithinTheirSection() {
        QuizForm form = form(A, B, C);
        form.apply("up-item:0:2");
        assertThat(form.getSections().getFirst().getItems()).containsExactly(A, C, B);
        form.apply("down-item:0:0");
        assertThat(form.getSections().getFirst().getItems()).containsExactly(C, A, B);
        form.apply("up-item:0:0");
        form.apply("down-item:0:2");
        assertThat(form.getSections().getFirst().getItems()).as("the ends stay").containsExactly(C, A, B);
        form.apply("remove-item:0:1");
        assertThat(form.getSections().getFirst().getItems()).containsExactly(C, B);
    }

    @Test
    void outOfRangeOrForgedButtonsChangeNothing() {
        QuizForm form = form(A, B);
        for (String action : List.of("remove-item:0:9", "remove-item:5:0", "up-item:0:-1", "remove-item:x:y",
                "remove-section:0", "jee:7", "remove-rule:0:3")) {
            form.apply(action);
        }
        assertThat(form.getSections()).hasSize(1);
        assertThat(form.getSections().getFirst().getItems()).containsExactly(A, B);
        assertThat(form.apply("drop-table")).isFalse();
    }

    @Test
    void addsAndRemovesSectionsWithinTheLimit() {
        QuizForm form = form(A);
        for (int i = 0; i < QuizForm.MAX_SECTIONS + 3; i++) {
            form.apply("add-section");
        }
        assertThat(form.getSections()).hasSize(QuizForm.MAX_SECTIONS);
        form.apply("remove-section:0");
        assertThat(form.getSections()).hasSize(QuizForm.MAX_SECTIONS - 1);
        assertThat(form.getSections().getFirst().getItems()).isEmpty();
    }

    @Test
    void theJeePresetMarksPlusFourMinusOneAndNothingForNoAnswer() {
        QuizForm form = form(A);
        form.apply("jee:0");
        QuizSpec spec = form.spec();
        MarkingScheme marking = spec.sections().getFirst().marking();
        assertThat(marking).usingRecursiveComparison().isEqualTo(MarkingScheme.jee());
    }

    @Test
    void readsSettingsAndAFixedFormIntoTheSpec() {
        QuizForm form = form(A, B);
        form.setKind("benchmark");
        form.setTimeLimitMinutes("90");
        form.setAttemptsAllowed("2");
        form.setNavigation("sequential");
        form.setFeedbackTiming("after-window");
        form.setQuestionBehaviour("interactive");
        form.setTriesAllowed("3");
        form.setPenaltyPerTry("0.25");
        form.setPassMark("40");
        form.setShuffleQuestions(true);
        QuizSpec spec = form.spec();
        assertThat(spec.kind()).isEqualTo(QuizKind.BENCHMARK);
        QuizSettings s = spec.settings();
        assertThat(s.timeLimitSeconds()).isEqualTo(5400);
        assertThat(s.attemptsAllowed()).isEqualTo(2);
        assertThat(s.navigation()).isEqualTo(QuizSettings.Navigation.SEQUENTIAL);
        assertThat(s.feedback()).isEqualTo(QuizSettings.FeedbackTiming.AFTER_WINDOW);
        assertThat(s.questionBehaviour()).isEqualTo(QuizSettings.QuestionBehaviour.INTERACTIVE);
        assertThat(s.tries()).isEqualTo(3);
        assertThat(s.penaltyPerTry()).isEqualByComparingTo("0.25");
        assertThat(s.passMark()).isEqualByComparingTo("40");
        assertThat(s.shuffleQuestions()).isTrue();
        assertThat(spec.sections().getFirst().items()).containsExactly(UUID.fromString(A), UUID.fromString(B));
        assertThat(spec.sections().getFirst().rules()).isEmpty();
    }

    @Test
    void blueprintSectionsKeepTheirRulesAndDropBlankRows() {
        QuizForm form = form(A);
        QuizForm.SectionForm section = form.getSections().getFirst();
        section.setSource("blueprint");
        RuleForm rule = section.getRules().getFirst();
        rule.setBank(B);
        rule.setConcept("physics.kinematics.projectile");
        rule.setDifficulty("hard");
        rule.setCount("5");
        form.withBlankRows();
        assertThat(section.getRules()).as("one filled and one blank row").hasSize(2);
        QuizSection read = form.spec().sections().getFirst();
        assertThat(read.items()).as("the picked items of a blueprint section are not sent").isEmpty();
        assertThat(read.rules()).containsExactly(new QuizSection.BlueprintRule(UUID.fromString(B),
                "physics.kinematics.projectile", "hard", null, 5));
    }

    @Test
    void unreadableValuesAreFieldErrorsNamedAsTheInputs() {
        QuizForm form = form("not-an-id");
        form.setTimeLimitMinutes("ninety");
        form.setAttemptsAllowed("1.5");
        form.setKind("exam");
        form.setPassMark("x".repeat(50));
        QuizForm.SectionForm section = form.getSections().getFirst();
        section.setMarking("FIXED");
        section.setCorrect("four");
        ApiException e = catchThrowableOfType(ApiException.class, form::spec);
        assertThat(e.errors()).extracting(FieldViolation::field).containsExactlyInAnyOrder("kind", "timeLimitMinutes",
                "attemptsAllowed", "passMark", "sections[0].correct", "sections[0].items");
    }

    @Test
    void numbersWithExponentsOrTooManyDigitsAreRefusedBeforeAnythingIsComputed() {
        QuizForm form = form(A);
        form.setPassMark("1e999999999");
        form.setTimeLimitMinutes("9999999999");
        form.setAttemptsAllowed("-1");
        ApiException e = catchThrowableOfType(ApiException.class, form::spec);
        assertThat(e.errors()).extracting(FieldViolation::field).containsExactlyInAnyOrder("passMark",
                "timeLimitMinutes", "attemptsAllowed");
        form.setPassMark("−2,5");
        form.setTimeLimitMinutes("45");
        form.setAttemptsAllowed("0");
        assertThat(form.spec().settings().passMark()).isEqualByComparingTo("-2.5");
    }

    @Test
    void theServicesFieldNamesLandOnTheInputs() {
        QuizForm form = form(A);
        form.apply("add-section");
        form.getSections().get(1).setSource("blueprint");
        assertThat(form.formField("settings.timeLimitSeconds")).isEqualTo("timeLimitMinutes");
        assertThat(form.formField("settings.tries")).isEqualTo("triesAllowed");
        assertThat(form.formField("settings.passMark")).isEqualTo("passMark");
        assertThat(form.formField("sections[0].timeLimitSeconds")).isEqualTo("sections[0].timeLimitMinutes");
        assertThat(form.formField("sections[0].marking.correct")).isEqualTo("sections[0].correct");
        assertThat(form.formField("sections[0]")).isEqualTo("sections[0].items");
        assertThat(form.formField("sections[1]")).isEqualTo("sections[1].rules");
        assertThat(form.formField("sections[0].items[3]")).isEqualTo("sections[0].items");
        assertThat(form.formField("sections[1].rules[0].count")).isEqualTo("sections[1].rules[0].count");
        assertThat(form.formField("title")).isEqualTo("title");
    }

    @Test
    void aSavedTestFillsTheFormAsItWasWritten() {
        QuizSpec spec = new QuizSpec("Mechanics benchmark", "Bring a pencil.", QuizKind.BENCHMARK, List.of(
                new QuizSection("Physics", 1800, MarkingScheme.jee(), List.of(UUID.fromString(A)), List.of()),
                new QuizSection("Drawn", null, MarkingScheme.itemMarks(), List.of(),
                        List.of(new QuizSection.BlueprintRule(UUID.fromString(B), null, "easy", null, 4)))),
                new QuizSettings(3600, 1, true, false, QuizSettings.Navigation.FREE,
                        QuizSettings.FeedbackTiming.AFTER_WINDOW, QuizSettings.QuestionBehaviour.DEFERRED, 1,
                        BigDecimal.ZERO, BigDecimal.valueOf(30)));
        QuizForm form = QuizForm.of(new QuizView(UUID.randomUUID(), spec, UUID.randomUUID(), 5, Instant.now(),
                Instant.now()));
        assertThat(form.getKind()).isEqualTo("benchmark");
        assertThat(form.getTimeLimitMinutes()).isEqualTo("60");
        assertThat(form.getFeedbackTiming()).isEqualTo("after-window");
        assertThat(form.getSections().getFirst().getCorrect()).isEqualTo("4");
        assertThat(form.getSections().getFirst().getIncorrect()).isEqualTo("-1");
        assertThat(form.getSections().get(1).blueprint()).isTrue();
        assertThat(form.spec()).usingRecursiveComparison().isEqualTo(spec);
    }
}
