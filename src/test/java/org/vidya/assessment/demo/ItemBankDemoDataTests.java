package org.vidya.assessment.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.Tenancy;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo bank: platform-wide, at least 30 valid items over all ten types on the demo course's
 * concepts, JEE marking, each single-choice and numeric item right by its own key; seeding again adds nothing.
 */
@ApiTest
class ItemBankDemoDataTests {

    static final Set<String> COURSE_CONCEPTS = Set.of("physics.kinematics.displacement",
            "physics.kinematics.uniform-acceleration", "physics.kinematics.projectile",
            "physics.kinematics.relative-velocity", "physics.laws-of-motion.newton",
            "physics.laws-of-motion.free-body-diagram", "physics.laws-of-motion.friction",
            "physics.laws-of-motion.circular-motion");

    @Autowired ItemBankService banks;
    @Autowired ItemBankImports imports;
    @Autowired ItemCatalog catalog;
    @Autowired ItemTypes types;
    @Autowired ResourceLoader resources;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestData data;

    @Test
    void seedsAValidPlatformBankOnce() {
        ItemBankDemoData demo = new ItemBankDemoData(banks, imports, resources,
                "classpath:demo/item-banks/jee-physics-mechanics.json");
        String name = "JEE Physics: Mechanics " + TestData.suffix();
        ItemBankId bank = demo.seed(name);
        assertThat(bank).isNotNull();
        assertThat(demo.seed(name)).isEqualTo(bank);
        assertThat(jdbc.queryForObject("select count(*) from assessment_item_bank where name = ?", Long.class, name))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select tenant_id from assessment_item_bank where id = ?", UUID.class,
                bank.value())).isEqualTo(new UUID(0L, 0L));

        List<UUID> ids = jdbc.queryForList("select id from assessment_item where bank_id = ? order by id", UUID.class,
                bank.value());
        assertThat(ids).hasSizeGreaterThanOrEqualTo(30);
        // Any tenant sees the platform's items.
        var tenant = data.tenant();
        List<ItemSnapshot> items = Tenancy.callAs(tenant.id(), () -> catalog.items(ids.stream().map(ItemId::new)
                .toList()));
        assertThat(items).hasSameSizeAs(ids);
        assertThat(items).extracting(ItemSnapshot::type).containsAll(types.ids());
        assertThat(items.stream().filter(i -> i.type().equals("single-choice") || i.type().equals("numeric")).count())
                .isGreaterThan(items.size() / 2);
        assertThat(items).extracting(ItemSnapshot::difficulty).extracting(Enum::name)
                .contains("EASY", "MEDIUM", "HARD");
        assertThat(items).extracting(ItemSnapshot::primaryConcept).containsAll(COURSE_CONCEPTS)
                .allMatch(COURSE_CONCEPTS::contains);
        assertThat(items).flatExtracting(ItemSnapshot::secondaryConcepts).allMatch(COURSE_CONCEPTS::contains);
        for (ItemSnapshot item : items) {
            ItemType type = types.get(item.type());
            assertThat(type.validate(item.body())).as(item.body().toString()).isEmpty();
            assertThat(item.explanation()).as("explanation of %s", item.body()).isNotBlank();
            assertThat(item.marks()).isEqualByComparingTo("4");
            assertThat(type.render(item.body(), new RenderContext(7, true)).toString()).doesNotContain("fraction");
            JsonNode key = keyOf(item);
            if (key != null) {
                assertThat(type.grade(item.body(), key).outcome()).as("the key of %s", item.body())
                        .isEqualTo(Outcome.CORRECT);
            }
        }
        assertThat(jdbc.queryForList("select distinct source from assessment_item where bank_id = ?", String.class,
                bank.value())).containsExactly("Vidya demo");
    }

    /** The response the body itself says is right, for single-choice and numeric items. */
    static JsonNode keyOf(ItemSnapshot item) {
        ObjectNode response = JsonMapper.builder().build().createObjectNode();
        if (item.type().equals("single-choice")) {
            for (JsonNode choice : item.body().path("choices")) {
                if (choice.path("fraction").asDouble() == 1) {
                    return response.put("choice", choice.path("id").asString());
                }
            }
        }
        if (item.type().equals("numeric")) {
            return response.put("value", item.body().path("answers").get(0).path("value").asString());
        }
        return null;
    }
}
