package org.vidya.assessment.demo;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo item banks for a first look: "JEE Physics: Mechanics", with items of all ten types on the
 * demo course's concepts, and "JEE Mathematics", platform-wide so that every tenant can build
 * tests from them (from the files {@code vidya.demo.item-banks} lists). A platform bank of the
 * same name is left alone, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true", matchIfMissing = true)
class ItemBankDemoData {

    static final String SOURCE = "Vidya demo";

    /** Who demo content is made by: the platform itself. */
    static final VidyaPrincipal PLATFORM_AUTHOR = new VidyaPrincipal(new UserId(new UUID(0L, 0L)),
            "platform@vidya.local", "Vidya", null, EnumSet.of(Role.PLATFORM_ADMIN), 0, null);

    private static final Logger log = LoggerFactory.getLogger(ItemBankDemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ItemBankService banks;
    private final ItemBankImports imports;
    private final List<Resource> files;

    @Autowired
    ItemBankDemoData(ItemBankService banks, ItemBankImports imports, ResourceLoader resources,
            @Value("${vidya.demo.item-banks:classpath:demo/item-banks/jee-physics-mechanics.json,"
                    + "classpath:demo/item-banks/jee-mathematics.json}") String[] locations) {
        this.banks = banks;
        this.imports = imports;
        this.files = java.util.Arrays.stream(locations).map(String::strip).filter(l -> !l.isEmpty())
                .map(resources::getResource).toList();
    }

    /** One bank file only (tests). */
    ItemBankDemoData(ItemBankService banks, ItemBankImports imports, ResourceLoader resources, String location) {
        this(banks, imports, resources, new String[] {location});
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(400)
    void seed() {
        files.forEach(file -> seed(file, null));
    }

    /** Seeds the first bank, under another name when given (tests); returns its id, or null when it could not. */
    @Nullable ItemBankId seed(@Nullable String name) {
        return seed(files.getFirst(), name);
    }

    private @Nullable ItemBankId seed(Resource file, @Nullable String name) {
        JsonNode demo;
        try (InputStream in = file.getInputStream()) {
            demo = JSON.readTree(in);
        } catch (IOException e) {
            log.warn("The demo item bank could not be read: {}", e.getMessage());
            return null;
        }
        String bankName = name != null ? name : demo.path("name").asString();
        return asPlatform(() -> {
            for (ItemBankService.BankView bank : banks.banks()) {
                if (bank.platformWide() && bank.name().equals(bankName)) {
                    return new ItemBankId(bank.id());
                }
            }
            try {
                ItemBankService.BankView bank = banks.createBank(new ItemBankService.BankFields(bankName,
                        demo.path("description").asString(null)));
                ItemBankId id = new ItemBankId(bank.id());
                imports.save(id, drafts(demo.path("items")));
                log.info("Demo item bank {} created for every tenant", bankName);
                return id;
            } catch (ApiException e) {
                log.error("The demo item bank is not valid and was skipped: {} {}", e.getMessage(), e.errors());
                return null;
            }
        });
    }

    static List<ItemDraft> drafts(JsonNode items) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (JsonNode item : items) {
            List<String> secondary = new ArrayList<>();
            item.path("secondaryConcepts").forEach(c -> secondary.add(c.asString()));
            drafts.add(ItemDraft.of(item.path("type").asString(), item.path("body"))
                    .withTitle(item.path("title").asString(null))
                    .withCategoryPath(item.path("category").asString(null))
                    .withMarks(new BigDecimal(item.path("marks").asString("4")),
                            new BigDecimal(item.path("negativeMarks").asString("1")))
                    .withDifficulty(Difficulty.fromCode(item.path("difficulty").asString("medium")), null)
                    .withConcepts(item.path("primaryConcept").asString(null), secondary)
                    .withExplanation(item.path("explanation").asString(null))
                    .withSource(SOURCE, null)
                    .withLocale("en", Map.of()));
        }
        return drafts;
    }

    private static <T> T asPlatform(java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PLATFORM_AUTHOR, null,
                PLATFORM_AUTHOR.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
