package org.vidya.assessment.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.assessment.PracticeGrade;
import org.vidya.assessment.PresentedItem;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.Irt;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The item pool as the mastery engine uses it: selection by concept and difficulty, tenants apart, present, grade, calibrate. */
@ApiTest
class ItemPoolTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ItemPool pool;
    @Autowired ItemBankImports imports;
    @Autowired ItemBankService banks;
    @Autowired TestData data;

    TestTenant school;
    TestTenant otherSchool;
    VidyaPrincipal teacher;
    VidyaPrincipal learner;
    String concept;

    @BeforeEach
    void twoSchools() {
        school = data.tenant();
        otherSchool = data.tenant();
        teacher = data.member(school, Role.TEACHER).principal();
        learner = data.member(school, Role.LEARNER).principal();
        // A concept of this test alone, so that other tests' platform items never match.
        concept = "physics.pool" + TestData.suffix();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T as(VidyaPrincipal who, TenantId tenant, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        return Tenancy.callAs(tenant, work);
    }

    <T> T asLearner(Supplier<T> work) {
        return as(learner, school.id(), work);
    }

    static ItemDraft choice(String prompt, String concept, double b) {
        JsonNode body = JSON.readTree("""
                {"prompt": "%s", "shuffle": true, "choices": [
                  {"id": "r", "text": "Right", "fraction": 1}, {"id": "w", "text": "Wrong", "fraction": 0},
                  {"id": "x", "text": "Worse", "fraction": 0}]}""".formatted(prompt));
        return ItemDraft.of("single-choice", body).withTitle(prompt).withMarks(new BigDecimal("4"), BigDecimal.ONE)
                .withConcepts(concept, List.of("maths.vectors")).withDifficulty(Difficulty.MEDIUM,
                        new Irt(1.2, b, 0.2, true))
                .withExplanation("Because **F = ma** <script>alert(1)</script>");
    }

    List<ItemId> bankOf(VidyaPrincipal author, TenantId tenant, List<ItemDraft> drafts) {
        return as(author, tenant, () -> {
            ItemBankId bank = ItemBankId.of(banks.createBank(new ItemBankService.BankFields("Pool " + TestData.suffix(),
                    null)).id().toString());
            return imports.save(bank, drafts);
        });
    }

    @Test
    void candidatesComeFromTheSchoolAndThePlatformByConceptAndDifficultyNeverFromAnotherSchool() {
        List<ItemId> ours = bankOf(teacher, school.id(), List.of(choice("Easy", concept, -1.5),
                choice("Middle", concept, 0.1), choice("Hard", concept, 1.8), choice("Elsewhere", "maths.other", 0)));
        List<ItemId> theirs = bankOf(data.member(otherSchool, Role.TEACHER).principal(), otherSchool.id(),
                List.of(choice("Theirs", concept, 0.0)));
        List<ItemId> platform = bankOf(data.platformAdmin().principal(), TenantId.PLATFORM,
                List.of(choice("Shared", concept, 0.5)));

        List<PoolItem> found = asLearner(() -> pool.candidates(List.of(concept), -1.0, 1.0, List.of(), 10));
        assertThat(found).extracting(PoolItem::id).containsExactly(ours.get(1), platform.get(0))
                .doesNotContain(theirs.get(0));
        PoolItem middle = found.get(0);
        assertThat(middle.primaryConcept()).isEqualTo(concept);
        assertThat(middle.secondaryConcepts()).containsExactly("maths.vectors");
        assertThat(middle.b()).isEqualTo(0.1);
        assertThat(middle.a()).isEqualTo(1.2);
        assertThat(middle.calibrated()).isTrue();
        assertThat(middle.marks()).isEqualByComparingTo("4");

        assertThat(asLearner(() -> pool.candidates(List.of(concept), -6, 6, List.of(ours.get(1), ours.get(0)), 10)))
                .extracting(PoolItem::id).containsExactly(ours.get(2), platform.get(0));
        assertThat(asLearner(() -> pool.candidates(List.of(concept), -6, 6, List.of(), 2))).hasSize(2);
        // The other school sees its own item and the platform's, never ours.
        assertThat(as(data.member(otherSchool, Role.LEARNER).principal(), otherSchool.id(),
                () -> pool.candidates(List.of(concept), -6, 6, List.of(), 10))).extracting(PoolItem::id)
                .containsExactlyInAnyOrder(theirs.get(0), platform.get(0));
        assertThat(asLearner(() -> pool.items(List.of(theirs.get(0), ours.get(0))))).extracting(PoolItem::id)
                .containsExactly(ours.get(0));
    }

    @Test
    void essaysAreNeverCandidates() {
        JsonNode essay = JSON.readTree("{\"prompt\": \"Explain inertia\"}");
        List<ItemId> ids = bankOf(teacher, school.id(), List.of(ItemDraft.of("essay", essay)
                .withConcepts(concept, List.of()), choice("Choice", concept, 0)));
        assertThat(asLearner(() -> pool.candidates(List.of(concept), -6, 6, List.of(), 10))).extracting(PoolItem::id)
                .containsExactly(ids.get(1));
        assertThatThrownBy(() -> asLearner(() -> pool.grade(ids.get(0), JSON.readTree("{\"text\": \"x\"}"), "en")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("not-auto-graded");
                });
    }

    @Test
    void presentsWithoutKeysAndTheSameSeedGivesTheSameView() {
        ItemId item = bankOf(teacher, school.id(), List.of(choice("Shown", concept, 0))).get(0);
        PresentedItem shown = asLearner(() -> pool.present(item, "en", 42)).orElseThrow();
        assertThat(shown.type()).isEqualTo("single-choice");
        assertThat(shown.view().toString()).contains("Shown").doesNotContain("fraction").doesNotContain("F = ma");
        assertThat(asLearner(() -> pool.present(item, "en", 42)).orElseThrow().view()).isEqualTo(shown.view());
        assertThat(as(data.member(otherSchool, Role.LEARNER).principal(), otherSchool.id(),
                () -> pool.present(item, "en", 42))).isEmpty();
    }

    @Test
    void gradesARightAnswerWithTheExplanationRenderedSafely() {
        ItemId item = bankOf(teacher, school.id(), List.of(choice("Graded", concept, 0))).get(0);
        PracticeGrade right = asLearner(() -> pool.grade(item, JSON.readTree("{\"choice\": \"r\"}"), "en"));
        assertThat(right.correct()).isTrue();
        assertThat(right.fraction()).isEqualTo(1.0);
        assertThat(right.score()).isEqualByComparingTo("4");
        assertThat(right.maxScore()).isEqualByComparingTo("4");
        assertThat(right.explanationHtml()).contains("<strong>F &#61; ma</strong>").doesNotContain("<script>");

        PracticeGrade wrong = asLearner(() -> pool.grade(item, JSON.readTree("{\"choice\": \"w\"}"), "en"));
        assertThat(wrong.correct()).isFalse();
        assertThat(wrong.fraction()).isEqualTo(0.0);
        assertThat(wrong.score()).isEqualByComparingTo("-1");
    }

    @Test
    void aResponseOfTheWrongShapeIsAnInvalidResponseNamingTheField() {
        ItemId item = bankOf(teacher, school.id(), List.of(choice("Shape", concept, 0))).get(0);
        assertThatThrownBy(() -> asLearner(() -> pool.grade(item, JSON.readTree("{\"choice\": \"nope\"}"), "en")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-response");
                    assertThat(e.errors()).isNotEmpty().allSatisfy(v -> assertThat(v.field()).startsWith("response"));
                });
        assertThatThrownBy(() -> asLearner(() -> pool.grade(ItemId.random(), JSON.readTree("{}"), "en")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("item-not-found"));
        // Another school's item is as unknown as one that does not exist.
        assertThatThrownBy(() -> as(data.member(otherSchool, Role.LEARNER).principal(), otherSchool.id(),
                () -> pool.grade(item, JSON.readTree("{\"choice\": \"r\"}"), "en")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("item-not-found"));
    }

    @Test
    void calibrationStoresParametersWithinTheirRangesForTheOwnersItem() {
        ItemId item = bankOf(teacher, school.id(), List.of(choice("Calibrated", concept, 0))).get(0);
        Tenancy.runAs(school.id(), () -> pool.calibrate(item, 9.0, -8.0, 0.1, 250));
        PoolItem stored = asLearner(() -> pool.items(List.of(item))).get(0);
        assertThat(stored.a()).isEqualTo(4.0);
        assertThat(stored.b()).isEqualTo(-6.0);
        assertThat(stored.c()).isEqualTo(0.1);
        assertThat(stored.calibrated()).isTrue();

        // Run for another school, calibration cannot touch this school's item.
        Tenancy.runAs(otherSchool.id(), () -> pool.calibrate(item, 1.0, 2.0, 0.0, 250));
        assertThat(asLearner(() -> pool.items(List.of(item))).get(0).b()).isEqualTo(-6.0);
    }
}
