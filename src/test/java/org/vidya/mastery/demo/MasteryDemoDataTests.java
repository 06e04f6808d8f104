package org.vidya.mastery.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.DemoApplicationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mastery demo as a newcomer to Vidya finds it: a valid JEE Mathematics bank on the graph's
 * concepts, Sunrise learners with six weeks of practice (strong and struggling ones apart, one
 * with an exam date, reviews due), newcomers with nothing, and a second start adding nothing.
 */
@DemoApplicationTest
class MasteryDemoDataTests {

    static final String MATHS = "JEE Mathematics";

    @Autowired MasteryDemoData demo;
    @Autowired OrganizationManagement organization;
    @Autowired IdentityManagement identity;
    @Autowired ConceptGraphs graphs;
    @Autowired KnowledgeStates states;
    @Autowired ItemCatalog catalog;
    @Autowired ItemTypes types;
    @Autowired JdbcTemplate jdbc;

    TenantId school() {
        return organization.tenantBySlug(MasteryDemoData.SCHOOL).orElseThrow().id();
    }

    @Test
    void theMathematicsBankIsValidAndEveryItemIsOnAKnownConcept() {
        List<UUID> banks = jdbc.queryForList("select id from assessment_item_bank where name = ? and tenant_id = ?",
                UUID.class, MATHS, new UUID(0L, 0L));
        assertThat(banks).hasSize(1);
        List<UUID> ids = jdbc.queryForList("select id from assessment_item where bank_id = ? order by id", UUID.class,
                banks.getFirst());
        assertThat(ids).hasSizeBetween(30, 45);
        List<ItemSnapshot> items = Tenancy.callAs(school(), () -> catalog.items(ids.stream().map(ItemId::new).toList()));
        ConceptGraph graph = Tenancy.callAs(school(), graphs::current);
        assertThat(items).hasSameSizeAs(ids);
        assertThat(items).extracting(ItemSnapshot::type).contains("single-choice", "numeric", "true-false",
                "multiple-response");
        for (ItemSnapshot item : items) {
            assertThat(item.bank()).isEqualTo(new ItemBankId(banks.getFirst()));
            assertThat(graph.contains(item.primaryConcept())).as("concept of %s", item.body()).isTrue();
            assertThat(graph.concept(item.primaryConcept()).orElseThrow().subject()).isEqualTo("math");
            assertThat(item.secondaryConcepts()).allMatch(graph::contains);
            ItemType type = types.get(item.type());
            assertThat(type.validate(item.body())).as(item.body().toString()).isEmpty();
            assertThat(item.explanation()).isNotBlank();
            JsonNode key = keyOf(item);
            assertThat(type.grade(item.body(), key).outcome()).as("the key of %s", item.body())
                    .isEqualTo(Outcome.CORRECT);
        }
        // Every mathematics concept of the graph has something to practise.
        assertThat(items).extracting(ItemSnapshot::primaryConcept)
                .containsAll(graph.subject("math").stream().map(Concept::key).toList());
    }

    @Test
    void learnersHaveHistoriesTrueToTheirProfilesAndNewcomersNone() {
        LearnerStanding strong = standing("aarav.patel@sunrise.example.org");
        LearnerStanding struggling = standing("vihaan.gupta@sunrise.example.org");
        assertThat(strong.conceptsWithEvidence()).isGreaterThan(5);
        assertThat(struggling.conceptsWithEvidence()).isGreaterThan(0);
        assertThat(strong.overallMastery()).isGreaterThan(struggling.overallMastery());
        assertThat(strong.examDate()).isNotNull();
        assertThat(struggling.examDate()).isNull();
        List<org.vidya.mastery.DueReview> due = as("vihaan.gupta@sunrise.example.org", s -> states.due(s.userId(), 50));
        assertThat(due).isNotEmpty();
        LearnerStanding newcomer = standing("dhruv.malhotra@sunrise.example.org");
        assertThat(newcomer.conceptsWithEvidence()).isZero();
        assertThat(newcomer.diagnosed()).isFalse();
    }

    @Test
    void seedingAgainAddsNothing() {
        UUID tenant = school().value();
        long before = jdbc.queryForObject("select count(*) from mastery_response where tenant_id = ?", Long.class,
                tenant);
        assertThat(before).isGreaterThan(100);
        // Everyone with a profile practised, whatever graded tests gave them besides.
        assertThat(jdbc.queryForObject("select count(distinct learner_id) from mastery_response where tenant_id = ?"
                + " and source = 'PRACTICE'", Long.class, tenant)).isEqualTo((long) MasteryDemoData.STRENGTH.size());
        demo.seed();
        assertThat(jdbc.queryForObject("select count(*) from mastery_response where tenant_id = ?", Long.class,
                tenant)).isEqualTo(before);
    }

    LearnerStanding standing(String email) {
        return as(email, s -> states.standing(s.userId()));
    }

    <T> T as(String email, java.util.function.Function<VidyaPrincipal, T> work) {
        AccountSummary account = identity.findByEmail(email).orElseThrow();
        VidyaPrincipal principal = new VidyaPrincipal(account.id(), email, account.displayName(), school(),
                Set.of(Role.LEARNER), 0, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            Supplier<T> call = () -> work.apply(principal);
            return Tenancy.callAs(school(), call);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The response the body itself says is right. */
    static JsonNode keyOf(ItemSnapshot item) {
        ObjectNode response = JsonMapper.builder().build().createObjectNode();
        JsonNode body = item.body();
        switch (item.type()) {
            case "single-choice" -> {
                for (JsonNode choice : body.path("choices")) {
                    if (choice.path("fraction").asDouble() == 1) {
                        response.put("choice", choice.path("id").asString());
                    }
                }
            }
            case "numeric" -> response.put("value", body.path("answers").get(0).path("value").asString());
            case "true-false" -> response.put("value", body.path("answer").asBoolean());
            case "multiple-response" -> {
                var chosen = response.putArray("choices");
                body.path("choices").forEach(c -> {
                    if (c.path("fraction").asDouble() > 0) {
                        chosen.add(c.path("id").asString());
                    }
                });
            }
            default -> throw new AssertionError("Unexpected type " + item.type());
        }
        return response;
    }
}
