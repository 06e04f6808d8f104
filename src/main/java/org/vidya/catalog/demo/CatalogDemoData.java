package org.vidya.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.vidya.catalog.domain.BlockContent;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseDocument;
import org.vidya.catalog.domain.CourseFormat;
import org.vidya.catalog.domain.CoursePackages;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Demo courses for a first look: every {@code demo/courses/*.json} on the class path (images
 * from {@code demo/courses/assets/}) becomes a platform-wide course, published, that every
 * tenant sees. A course whose slug the platform already has is left alone, so restarts import
 * nothing twice.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true", matchIfMissing = true)
class CatalogDemoData {

    private static final Logger log = LoggerFactory.getLogger(CatalogDemoData.class);

    /** Who demo content is authored by: the platform itself. */
    static final VidyaPrincipal PLATFORM_AUTHOR = new VidyaPrincipal(new UserId(new UUID(0L, 0L)),
            "platform@vidya.local", "Vidya", null, EnumSet.of(Role.PLATFORM_ADMIN), 0, null);

    private final CoursePackages packages;
    private final CourseAuthoring authoring;
    private final ResourcePatternResolver resources;
    private final String location;

    CatalogDemoData(CoursePackages packages, CourseAuthoring authoring, ResourcePatternResolver resources,
            @Value("${vidya.demo.courses:classpath*:demo/courses/*.json}") String location) {
        this.packages = packages;
        this.authoring = authoring;
        this.resources = resources;
        this.location = location;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void seed() {
        Resource[] files;
        try {
            files = resources.getResources(location);
        } catch (IOException e) {
            log.warn("Demo courses could not be listed at {}: {}", location, e.getMessage());
            return;
        }
        Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        asPlatform(() -> {
            for (Resource file : files) {
                seed(file);
            }
        });
    }

    private void seed(Resource file) {
        try {
            byte[] json = read(file);
            CourseDocument document = CourseFormat.read(json);
            if (authoring.courseBySlug(document.course().slug()).isPresent()) {
                return;
            }
            var report = packages.importDocument(json, images(file, document), false);
            authoring.publish(report.course().id());
            log.info("Demo course {} imported and published for every tenant", report.slug());
        } catch (ApiException e) {
            log.error("Demo course {} is not valid and was skipped: {} {}", file.getFilename(), e.getMessage(),
                    e.errors());
        } catch (IOException e) {
            log.error("Demo course {} could not be read: {}", file.getFilename(), e.getMessage());
        }
    }

    // The images a course names, from the assets folder beside the course files.
    private Map<String, byte[]> images(Resource file, CourseDocument document) throws IOException {
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (CourseDocument.Lesson lesson : document.course().lessons()) {
            for (BlockContent block : lesson.blocks()) {
                if (block instanceof BlockContent.Image image && !images.containsKey(image.assetName())) {
                    Resource asset = file.createRelative("assets/" + image.assetName());
                    if (asset.exists()) {
                        images.put(image.assetName(), read(asset));
                    }
                }
            }
        }
        return images;
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void asPlatform(Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(PLATFORM_AUTHOR, null,
                PLATFORM_AUTHOR.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
