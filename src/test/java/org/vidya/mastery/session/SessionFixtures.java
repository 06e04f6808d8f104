package org.vidya.mastery.session;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.Irt;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject of a test's own (so that no other test's concepts or items match): two concepts in
 * the tenant's graph and single-choice items on each at spread difficulties; choice "r" is right.
 */
final class SessionFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String subject = "s" + TestData.suffix();
    final String easy = subject + ".easy";
    final String hard = subject + ".hard";

    static <T> T as(VidyaPrincipal who, TenantId tenant, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        try {
            return Tenancy.callAs(tenant, work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void graph(ConceptGraphService graphs, VidyaPrincipal teacher, TenantId tenant) {
        String file = """
                {"concepts": [
                  {"key": "%1$s", "name": "Easy part", "subject": "%3$s", "layer": 1, "difficulty": 1, "examWeight": 0.4},
                  {"key": "%2$s", "name": "Hard part", "subject": "%3$s", "layer": 2, "difficulty": 4, "examWeight": 0.6}],
                 "prerequisites": [{"concept": "%2$s", "prerequisite": "%1$s", "weight": 0.8, "kind": "SOFT",
                  "transfer": 0.3}]}""".formatted(easy, hard, subject);
        as(teacher, tenant, () -> graphs.importFile("json", file.getBytes(StandardCharsets.UTF_8), false));
    }

    static ItemDraft choice(String prompt, String concept, double b) {
        JsonNode body = JSON.readTree("""
                {"prompt": "%s", "shuffle": false, "choices": [
                  {"id": "r", "text": "Right", "fraction": 1}, {"id": "w", "text": "Wrong", "fraction": 0},
                  {"id": "x", "text": "Worse", "fraction": 0}]}""".formatted(prompt));
        return ItemDraft.of("single-choice", body).withTitle(prompt).withMarks(new BigDecimal("4"), BigDecimal.ONE)
                .withConcepts(concept, List.of()).withDifficulty(Difficulty.MEDIUM, new Irt(1.4, b, 0.2, true))
                .withExplanation("Because **that** is how it works.");
    }

    /** {@code perConcept} items on each concept, difficulties spread evenly over -2..2. */
    List<ItemId> items(ItemBankService banks, ItemBankImports imports, VidyaPrincipal teacher, TenantId tenant,
            int perConcept) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (String concept : List.of(easy, hard)) {
            for (int i = 0; i < perConcept; i++) {
                double b = perConcept == 1 ? 0 : -2 + 4.0 * i / (perConcept - 1);
                drafts.add(choice(concept + " item " + i, concept, Math.round(b * 100) / 100.0));
            }
        }
        return as(teacher, tenant, () -> {
            ItemBankId bank = ItemBankId.of(banks.createBank(new ItemBankService.BankFields("Diagnostic "
                    + TestData.suffix(), null)).id().toString());
            return imports.save(bank, drafts);
        });
    }

    static JsonNode right() {
        return JSON.readTree("{\"choice\": \"r\"}");
    }

    static JsonNode wrong() {
        return JSON.readTree("{\"choice\": \"w\"}");
    }
}
