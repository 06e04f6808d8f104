package org.vidya.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.TrackId;
import org.vidya.catalog.domain.DomainView;
import org.vidya.catalog.domain.PublishedCatalog;
import org.vidya.catalog.domain.PublishedTrack;
import org.vidya.catalog.web.CatalogResponses.CourseResponse;
import org.vidya.catalog.web.CatalogResponses.LessonResponse;
import org.vidya.catalog.web.CatalogResponses.OutlineResponse;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.TenantId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalog as learners read it: published courses of the caller's tenant and the platform,
 * in the caller's language (falling back to each course's default language).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog")
@Validated
class CatalogRestController {

    private final CatalogManagement catalog;
    private final PublishedCatalog published;

    CatalogRestController(CatalogManagement catalog, PublishedCatalog published) {
        this.catalog = catalog;
        this.published = published;
    }

    record TrackResponse(UUID id, boolean platformWide, String slug, String title, @Nullable String description,
            @Nullable UUID domainId, List<CourseResponse> courses) {
    }

    record DomainResponse(UUID id, boolean platformWide, String slug, String title) {
    }

    @GetMapping("/courses")
    @Operation(summary = "Browse published courses; q searches title, description and category")
    List<CourseResponse> browse(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) CourseLevel level,
            @RequestParam(required = false) @Size(max = 64) String category,
            @RequestParam(required = false) UUID track, @RequestParam(required = false) Boolean paid,
            @Parameter(hidden = true) Locale locale) {
        Access.require(Permission.CATALOG_READ);
        return catalog.browse(new CatalogQuery(q, level, category, track == null ? null : new TrackId(track), paid),
                locale).stream().map(CourseResponse::of).toList();
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "A published course with its modules and lessons")
    OutlineResponse course(@PathVariable UUID id, @Parameter(hidden = true) Locale locale) {
        Access.require(Permission.CATALOG_READ);
        return catalog.publishedCourse(new CourseId(id), locale).map(OutlineResponse::of)
                .orElseThrow(CatalogRestController::courseNotFound);
    }

    @GetMapping("/courses/{id}/lessons/{lessonId}")
    @Operation(summary = "A published lesson with its blocks (Markdown rendered and sanitized)")
    LessonResponse lesson(@PathVariable UUID id, @PathVariable UUID lessonId,
            @Parameter(hidden = true) Locale locale) {
        Access.require(Permission.CATALOG_READ);
        return catalog.publishedLesson(new CourseId(id), new LessonId(lessonId), locale)
                .map(content -> LessonResponse.of(content, "/api/v1/courses/" + id + "/assets/"))
                .orElseThrow(() -> ApiException.notFound("lesson-not-found", "No such lesson in a course you see."));
    }

    @GetMapping("/courses/{id}/assets/{name}")
    @Operation(summary = "An image of a published course")
    ResponseEntity<byte[]> asset(@PathVariable UUID id, @PathVariable @Size(max = 100) String name) {
        Access.require(Permission.CATALOG_READ);
        return published.publishedAsset(new CourseId(id), name).map(AssetResponses::of)
                .orElseThrow(() -> ApiException.notFound("asset-not-found", "No such image in a course you see."));
    }

    @GetMapping("/tracks")
    @Operation(summary = "Tracks with their published courses in order")
    List<TrackResponse> tracks(@Parameter(hidden = true) Locale locale) {
        Access.require(Permission.CATALOG_READ);
        return published.tracks(locale).stream().map(t -> track(t, locale)).toList();
    }

    @GetMapping("/domains")
    List<DomainResponse> domains(@Parameter(hidden = true) Locale locale) {
        Access.require(Permission.CATALOG_READ);
        return published.domains(locale).stream().map(d -> domain(d, locale)).toList();
    }

    private static TrackResponse track(PublishedTrack t, Locale locale) {
        return new TrackResponse(t.track().id().value(), t.track().owner().equals(TenantId.PLATFORM),
                t.track().slug(), t.track().title().in(locale),
                t.track().description() == null ? null : t.track().description().in(locale),
                t.track().domain() == null ? null : t.track().domain().value(),
                t.courses().stream().map(CourseResponse::of).toList());
    }

    private static DomainResponse domain(DomainView d, Locale locale) {
        return new DomainResponse(d.id().value(), d.owner().equals(TenantId.PLATFORM), d.slug(),
                d.title().in(locale));
    }

    static ApiException courseNotFound() {
        return ApiException.notFound("course-not-found", "No such course among those you see.");
    }
}
