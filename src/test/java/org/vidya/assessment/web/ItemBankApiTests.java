package org.vidya.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemBodies;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.quiz.ItemKeyChange;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Banks, categories and items over the API: who may do what, checks, versions, the platform's banks. */
@ApiTest
@RecordApplicationEvents
class ItemBankApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired ApplicationEvents events;
    @Autowired ItemCatalog catalog;

    TestTenant tenant;
    String teacher;
    String learner;

    @BeforeEach
    void people() {
        tenant = data.tenant();
        teacher = api.signIn(data.member(tenant, Role.TEACHER)).accessToken();
        learner = api.signIn(data.member(tenant, Role.LEARNER)).accessToken();
    }

    String bank(String token, String name) {
        Api.Response created = api.post("/api/v1/item-banks", token, Map.of("name", name, "description", "For tests"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    JsonNode item(String token, String bank, Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/item-banks/" + bank + "/items", token, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    @Test
    void aTeacherBuildsABankWithCategoriesAndItems() {
        String bank = bank(teacher, "Mechanics");
        Api.Response category = api.post("/api/v1/item-banks/" + bank + "/categories", teacher,
                Map.of("name", "Kinematics"));
        assertThat(category.status()).as(category.body()).isEqualTo(201);
        String kinematics = category.json().path("id").asString();
        Api.Response sub = api.post("/api/v1/item-banks/" + bank + "/categories", teacher,
                Map.of("name", "Projectiles", "parentId", kinematics));
        assertThat(sub.json().path("path").asString()).isEqualTo("Kinematics/Projectiles");

        Map<String, Object> body = new HashMap<>(ItemBodies.singleChoice("Range symmetry"));
        body.put("category", sub.json().path("id").asString());
        JsonNode item = item(teacher, bank, body);
        assertThat(item.path("version").asInt()).isEqualTo(1);
        assertThat(item.path("marks").decimalValue()).isEqualByComparingTo("4");
        assertThat(item.path("irt").path("b").asDouble()).isZero();
        assertThat(item.path("statistics").path("exposures").asLong()).isZero();
        assertThat(item.path("body").path("choices").get(0).path("fraction").asDouble()).isEqualTo(1);

        JsonNode list = api.get("/api/v1/item-banks/" + bank + "/items?category=" + kinematics, teacher).json();
        assertThat(list.path("items")).hasSize(1);
        assertThat(api.get("/api/v1/item-banks/" + bank, teacher).json().path("items").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/item-banks/" + bank + "/categories", teacher).json().path("items")).hasSize(2);
        assertThat(api.get("/api/v1/item-types", teacher).json().findValuesAsString("id")).hasSize(10)
                .contains("single-choice", "case");

        Api.Response preview = api.post("/api/v1/items/" + item.path("id").asString() + "/preview", teacher,
                Map.of("seed", 42));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().toString()).doesNotContain("fraction", "explanation");
        assertThat(preview.json().path("body").path("choices")).hasSize(4);
        assertThat(api.post("/api/v1/items/" + item.path("id").asString() + "/preview", teacher, Map.of("seed", 42))
                .body()).isEqualTo(preview.body());
    }

    @Test
    void malformedRequestsAreProblemsNotErrors() {
        String bank = bank(teacher, "Malformed");
        Api.Response broken = api.post("/api/v1/item-banks/" + bank + "/items", teacher, "{\"type\": \"numeric\", \"body\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().path("code").asString()).isNotBlank();
        Api.Response unknown = api.post("/api/v1/item-banks/" + bank + "/items", teacher,
                Map.of("type", "true-false", "body", Map.of("prompt", "x", "answer", true), "colour", "red"));
        assertThat(unknown.status()).isEqualTo(400);
        api.post("/api/v1/item-banks/" + bank + "/items", teacher, Map.of("type", "true-false", "body", List.of(1)))
                .isInvalid("body");
        api.post("/api/v1/items/" + java.util.UUID.randomUUID() + "/preview", teacher, Map.of("locale", "x".repeat(40)))
                .isInvalid("locale");
    }

    @Test
    void itemAnalysisStatisticsShowOnTheItem() {
        String bank = bank(teacher, "Statistics");
        String id = item(teacher, bank, ItemBodies.numeric("Measured")).path("id").asString();
        Tenancy.runAs(tenant.id(), () -> catalog.recordStatistics(ItemId.of(id), 120, 0.625, 0.41));
        JsonNode statistics = api.get("/api/v1/items/" + id, teacher).json().path("statistics");
        assertThat(statistics.path("exposures").asLong()).isEqualTo(120);
        assertThat(statistics.path("facility").asDouble()).isEqualTo(0.625);
        assertThat(statistics.path("discrimination").asDouble()).isEqualTo(0.41);
    }

    @Test
    void learnersMayNotReadOrWriteBanks() {
        String bank = bank(teacher, "Private");
        api.get("/api/v1/item-banks", learner).isProblem(403, "access-denied");
        api.get("/api/v1/item-banks/" + bank + "/items", learner).isProblem(403, "access-denied");
        api.post("/api/v1/item-banks", learner, Map.of("name", "Mine")).isProblem(403, "access-denied");
    }

    @Test
    void namesEveryWrongFieldOfAnItem() {
        String bank = bank(teacher, "Checks");
        Map<String, Object> body = new HashMap<>(ItemBodies.singleChoice("Broken"));
        @SuppressWarnings("unchecked")
        Map<String, Object> itemBody = new HashMap<>((Map<String, Object>) body.get("body"));
        List<Object> choices = new ArrayList<>((List<?>) itemBody.get("choices"));
        choices.set(2, Map.of("id", "c9", "text", "Only 0°", "fraction", 3));
        itemBody.put("choices", choices);
        body.put("body", itemBody);
        body.put("marks", -1);
        body.put("difficulty", "brutal");
        body.put("primaryConcept", "Not A Key");
        Api.Response refused = api.post("/api/v1/item-banks/" + bank + "/items", teacher, body);
        refused.isInvalid("body.choices[2].fraction");
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("body.choices[2].fraction", "marks", "difficulty",
                "primaryConcept");
        api.post("/api/v1/item-banks/" + bank + "/items", teacher, Map.of("type", "riddle", "body", Map.of()))
                .isInvalid("type");
        Map<String, Object> huge = new HashMap<>(ItemBodies.numeric("Huge"));
        huge.put("body", Map.of("prompt", "x".repeat(19_000), "answers", List.of(Map.of("value", 1)),
                "units", List.of(Map.of("unit", "y".repeat(39)), Map.of("unit", "z".repeat(39))),
                "padding", "p".repeat(50_000)));
        api.post("/api/v1/item-banks/" + bank + "/items", teacher, huge).isInvalid("body");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items", teacher).json().path("items")).isEmpty();
    }

    @Test
    void editingTheBodyMakesANewVersionAndAnnouncesTheKeyChange() {
        String bank = bank(teacher, "Versions");
        JsonNode item = item(teacher, bank, ItemBodies.numeric("Distance"));
        String id = item.path("id").asString();

        Map<String, Object> sameBody = new HashMap<>(ItemBodies.numeric("Distance, renamed"));
        Api.Response renamed = api.put("/api/v1/items/" + id, teacher, sameBody);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().path("version").asInt()).isEqualTo(1);
        assertThat(events.stream(ItemKeyChange.class)).isEmpty();

        Map<String, Object> fixed = new HashMap<>(ItemBodies.numeric("Distance"));
        fixed.put("body", Map.of("prompt", "How far, in metres?", "answers",
                List.of(Map.of("value", 25, "tolerance", 1, "fraction", 1))));
        Api.Response changed = api.put("/api/v1/items/" + id, teacher, fixed);
        assertThat(changed.json().path("version").asInt()).isEqualTo(2);
        assertThat(events.stream(ItemKeyChange.class)).singleElement().satisfies(change -> {
            assertThat(change.item()).isEqualTo(ItemId.of(id));
            assertThat(change.version()).isEqualTo(2);
            assertThat(change.body().path("answers").get(0).path("tolerance").asInt()).isEqualTo(1);
        });
    }

    @Test
    void deletingAnItemRetiresIt() {
        String bank = bank(teacher, "Retiring");
        String id = item(teacher, bank, ItemBodies.numeric("Old")).path("id").asString();
        assertThat(api.delete("/api/v1/items/" + id, teacher).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/items/" + id, teacher).json().path("retired").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items", teacher).json().path("items")).isEmpty();
        api.put("/api/v1/items/" + id, teacher, ItemBodies.numeric("Again")).isProblem(404, "item-not-found");
        assertThat(Tenancy.callAs(tenant.id(), () -> catalog.items(List.of(ItemId.of(id))))).isEmpty();
        assertThat(api.delete("/api/v1/item-banks/" + bank, teacher).status()).isEqualTo(204);
        api.get("/api/v1/item-banks/" + bank, teacher).isProblem(404, "item-bank-not-found");
    }

    @Test
    void aBankOrCategoryWithItemsIsNotDeleted() {
        String bank = bank(teacher, "Busy");
        String category = api.post("/api/v1/item-banks/" + bank + "/categories", teacher, Map.of("name", "Laws"))
                .json().path("id").asString();
        Map<String, Object> body = new HashMap<>(ItemBodies.numeric("In a category"));
        body.put("category", category);
        item(teacher, bank, body);
        api.delete("/api/v1/item-banks/" + bank, teacher).isProblem(409, "bank-not-empty");
        api.delete("/api/v1/item-banks/" + bank + "/categories/" + category, teacher)
                .isProblem(409, "category-not-empty");
        api.post("/api/v1/item-banks/" + bank + "/categories", teacher, Map.of("name", "Laws"))
                .isProblem(409, "category-exists");
        api.post("/api/v1/item-banks/" + bank + "/categories", teacher, Map.of("name", "a/b")).isInvalid("name");
    }

    @Test
    void listsPageByCursorAndFilter() {
        String bank = bank(teacher, "Paging");
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new HashMap<>(ItemBodies.numeric(i == 3 ? "Item three" : "Item " + i));
            body.put("difficulty", i % 2 == 0 ? "easy" : "hard");
            body.put("primaryConcept", i < 2 ? "physics.laws-of-motion.newton" : "physics.kinematics.projectile");
            body.put("secondaryConcepts", i == 4 ? List.of("physics.laws-of-motion.friction") : List.of());
            item(teacher, bank, body);
        }
        JsonNode first = api.get("/api/v1/item-banks/" + bank + "/items?limit=2", teacher).json();
        assertThat(first.path("items").findValuesAsString("title")).containsExactly("Item 0", "Item 1");
        JsonNode second = api.get("/api/v1/item-banks/" + bank + "/items?limit=2&cursor="
                + first.path("nextCursor").asString(), teacher).json();
        assertThat(second.path("items").findValuesAsString("title")).containsExactly("Item 2", "Item three");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items?difficulty=hard", teacher).json().path("items")
                .findValuesAsString("title")).containsExactly("Item 1", "Item three");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items?concept=physics.laws-of-motion.friction", teacher)
                .json().path("items").findValuesAsString("title")).containsExactly("Item 4");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items?q=THREE", teacher).json().path("items")
                .findValuesAsString("title")).containsExactly("Item three");
        assertThat(api.get("/api/v1/item-banks/" + bank + "/items?q=_", teacher).json().path("items")).isEmpty();
        api.get("/api/v1/item-banks/" + bank + "/items?difficulty=brutal", teacher).isInvalid("difficulty");
        api.get("/api/v1/item-banks/" + bank + "/items?limit=999", teacher).isInvalid("limit");

        List<ItemSnapshot> newton = Tenancy.callAs(tenant.id(), () -> catalog.candidates(ItemBankId.of(bank),
                "physics.laws-of-motion.newton", Difficulty.EASY, null, 10));
        assertThat(newton).extracting(s -> s.body().path("prompt").asString()).hasSize(1);
        assertThat(Tenancy.callAs(tenant.id(), () -> catalog.candidates(ItemBankId.of(bank), null, null, null, 3)))
                .hasSize(3);
    }

    @Test
    void otherTenantsDoNotSeeTheBank() {
        String bank = bank(teacher, "Ours");
        String id = item(teacher, bank, ItemBodies.numeric("Ours")).path("id").asString();
        String stranger = api.signIn(data.member(data.tenant(), Role.TEACHER)).accessToken();
        api.get("/api/v1/item-banks/" + bank, stranger).isProblem(404, "item-bank-not-found");
        api.get("/api/v1/items/" + id, stranger).isProblem(404, "item-not-found");
        api.put("/api/v1/items/" + id, stranger, ItemBodies.numeric("Theirs")).isProblem(404, "item-not-found");
        api.post("/api/v1/item-banks/" + bank + "/items", stranger, ItemBodies.numeric("Theirs"))
                .isProblem(404, "item-bank-not-found");
        assertThat(api.get("/api/v1/item-banks", stranger).json().path("items").findValuesAsString("name"))
                .doesNotContain("Ours");
    }

    @Test
    void everyTenantReadsThePlatformsBanksWhichOnlyPlatformAdminsChange() {
        String admin = api.signIn(data.platformAdmin()).accessToken();
        String bank = bank(admin, "Platform physics " + TestData.suffix());
        String id = item(admin, bank, ItemBodies.singleChoice("Shared")).path("id").asString();

        JsonNode listed = api.get("/api/v1/item-banks", teacher).json().path("items");
        JsonNode mine = null;
        for (JsonNode b : listed) {
            if (b.path("id").asString().equals(bank)) {
                mine = b;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("platformWide").asBoolean()).isTrue();
        assertThat(mine.path("writable").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/items/" + id, teacher).json().path("writable").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/items/" + id + "/preview", teacher, Map.of()).status()).isEqualTo(200);
        api.post("/api/v1/item-banks/" + bank + "/items", teacher, ItemBodies.numeric("Sneaky"))
                .isProblem(403, "bank-read-only");
        api.put("/api/v1/items/" + id, teacher, ItemBodies.numeric("Sneaky")).isProblem(403, "bank-read-only");
        api.delete("/api/v1/items/" + id, teacher).isProblem(403, "bank-read-only");
        api.delete("/api/v1/item-banks/" + bank, teacher).isProblem(403, "bank-read-only");

        List<ItemSnapshot> seen = Tenancy.callAs(tenant.id(), () -> catalog.items(List.of(ItemId.of(id))));
        assertThat(seen).singleElement().satisfies(s -> assertThat(s.owner().value().getLeastSignificantBits()).isZero());
        Api.Response edited = api.put("/api/v1/items/" + id, admin, ItemBodies.singleChoice("Shared, renamed"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }
}
