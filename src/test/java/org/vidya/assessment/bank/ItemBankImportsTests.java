package org.vidya.assessment.bank;

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
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What import and export do with a bank: all or nothing, categories by path, drafts back out with their ids. */
@ApiTest
class ItemBankImportsTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ItemBankImports imports;
    @Autowired ItemBankService bank;
    @Autowired ItemCatalog catalog;
    @Autowired TestData data;

    TestTenant tenant;
    VidyaPrincipal teacher;

    @BeforeEach
    void teacher() {
        tenant = data.tenant();
        teacher = data.member(tenant, Role.TEACHER).principal();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    <T> T as(VidyaPrincipal who, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        return Tenancy.callAs(tenant.id(), work);
    }

    static ItemDraft trueFalse(String prompt, String path) {
        JsonNode body = JSON.readTree("{\"prompt\": \"" + prompt + "\", \"answer\": true}");
        return ItemDraft.of("true-false", body).withCategoryPath(path).withTitle(prompt)
                .withMarks(new BigDecimal("4"), BigDecimal.ONE).withConcepts("physics.laws-of-motion.newton", List.of())
                .withLocale("en", Map.of("hi", JSON.readTree("{\"prompt\": \"हिंदी\", \"answer\": true}")));
    }

    @Test
    void savesDraftsCreatingCategoriesByPathAndExportsThemBack() {
        ItemBankId id = ItemBankId.of(as(teacher, () -> bank.createBank(
                new ItemBankService.BankFields("Imported", null))).id().toString());
        List<ItemId> ids = as(teacher, () -> imports.save(id, List.of(trueFalse("One", "Physics/Laws"),
                trueFalse("Two", " Physics / Laws / Third "), trueFalse("Three", null))));
        assertThat(ids).hasSize(3);
        assertThat(as(teacher, () -> bank.categories(id)).stream().map(ItemBankService.CategoryView::path))
                .containsExactly("Physics", "Physics/Laws", "Physics/Laws/Third");

        List<ItemDraft> all = as(teacher, () -> imports.export(id, null));
        assertThat(all).extracting(ItemDraft::externalId).containsExactly(ids.get(0).toString(),
                ids.get(1).toString(), ids.get(2).toString());
        assertThat(all.get(1).categoryPath()).isEqualTo("Physics/Laws/Third");
        assertThat(all.get(0).translations()).containsKey("hi");
        assertThat(all.get(0).marks()).isEqualByComparingTo("4");

        var laws = as(teacher, () -> bank.categories(id)).get(1);
        assertThat(as(teacher, () -> imports.export(id, laws.id()))).extracting(ItemDraft::title)
                .containsExactly("One", "Two");
        assertThat(as(teacher, () -> imports.exportItems(List.of(ids.get(2), ids.get(0)))))
                .extracting(ItemDraft::title).containsExactly("Three", "One");
        assertThat(as(teacher, () -> catalog.items(ids))).extracting(s -> s.bodyFor("hi").path("prompt").asString())
                .containsOnly("हिंदी");
    }

    @Test
    void oneInvalidDraftSavesNothing() {
        ItemBankId id = ItemBankId.of(as(teacher, () -> bank.createBank(
                new ItemBankService.BankFields("All or nothing", null))).id().toString());
        ItemDraft broken = ItemDraft.of("true-false", JSON.readTree("{\"prompt\": \"No answer\"}"));
        assertThatThrownBy(() -> as(teacher, () -> imports.save(id, List.of(trueFalse("Fine", "New/Path"), broken))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.errors()).extracting(v -> v.field()).containsExactly("items[1].body.answer");
                });
        assertThat(as(teacher, () -> imports.export(id, null))).isEmpty();
        assertThat(as(teacher, () -> bank.categories(id))).isEmpty();
    }

    @Test
    void checksWhoMayReadAndWrite() {
        ItemBankId id = ItemBankId.of(as(teacher, () -> bank.createBank(
                new ItemBankService.BankFields("Guarded", null))).id().toString());
        VidyaPrincipal learner = data.member(tenant, Role.LEARNER).principal();
        assertThatThrownBy(() -> as(learner, () -> {
            imports.requireReadable(id);
            return null;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThatThrownBy(() -> as(teacher, () -> {
            imports.requireWritable(ItemBankId.random());
            return null;
        })).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("item-bank-not-found"));
        as(teacher, () -> {
            imports.requireWritable(id);
            return null;
        });
    }
}
