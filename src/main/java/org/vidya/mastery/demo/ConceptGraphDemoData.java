package org.vidya.mastery.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import org.vidya.mastery.graph.ConceptGraphService;
import org.vidya.mastery.graph.ConceptGraphService.ImportReport;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * The demo concept graph, JEE Physics (mechanics) and Mathematics from
 * {@code demo/concepts/jee.json}, loaded as the platform's graph so that every tenant reads it.
 * A restart changes nothing when the stored graph already matches the file; a newer file is
 * imported over a graph that holds only demo concepts; a platform graph with concepts of its own
 * (an admin's import) is left alone.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true", matchIfMissing = true)
class ConceptGraphDemoData {

    /** Who demo content is made by: the platform itself. */
    static final VidyaPrincipal PLATFORM_AUTHOR = new VidyaPrincipal(new UserId(new UUID(0L, 0L)),
            "platform@vidya.local", "Vidya", null, EnumSet.of(Role.PLATFORM_ADMIN), 0, null);

    private static final Logger log = LoggerFactory.getLogger(ConceptGraphDemoData.class);

    private final ConceptGraphService concepts;
    private final Resource file;

    ConceptGraphDemoData(ConceptGraphService concepts, ResourceLoader resources,
            @Value("${vidya.demo.concept-graph:classpath:demo/concepts/jee.json}") String location) {
        this.concepts = concepts;
        this.file = resources.getResource(location);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(600)
    void seed() {
        load();
    }

    /** Loads the demo graph when it should; returns what was imported, or null when nothing was. */
    @Nullable ImportReport load() {
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            log.warn("The demo concept graph could not be read: {}", e.getMessage());
            return null;
        }
        return asPlatform(() -> {
            try {
                ImportReport preview = concepts.importFile("json", content, true);
                boolean same = preview.conceptsAdded() == 0 && preview.conceptsChanged() == 0
                        && preview.conceptsRemoved() == 0 && preview.prerequisitesAdded() == 0
                        && preview.prerequisitesRemoved() == 0;
                if (same) {
                    return null;
                }
                if (preview.conceptsRemoved() > 0) {
                    log.info("The platform concept graph has concepts the demo graph does not; it is left as it is");
                    return null;
                }
                ImportReport report = concepts.importFile("json", content, false);
                log.info("Demo concept graph loaded for every tenant: {} concepts, {} prerequisites",
                        report.concepts(), report.prerequisites());
                return report;
            } catch (ApiException e) {
                log.error("The demo concept graph is not valid and was skipped: {} {}", e.getMessage(), e.errors());
                return null;
            }
        });
    }

    private static <T> T asPlatform(java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PLATFORM_AUTHOR, null,
                PLATFORM_AUTHOR.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            // start-up runs outside any tenant, where a platform admin's import is the platform's graph
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
