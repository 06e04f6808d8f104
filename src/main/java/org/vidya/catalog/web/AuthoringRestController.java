package org.vidya.catalog.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.DomainId;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.TrackId;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.catalog.domain.CourseAuthoring.LessonFields;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.TrackAuthoring;
import org.vidya.catalog.domain.TrackAuthoring.TrackFields;
import org.vidya.catalog.domain.CoursePackages;
import org.vidya.catalog.web.AuthoringResponses.AssetResponse;
import org.vidya.catalog.web.AuthoringResponses.BlockResponse;
import org.vidya.catalog.web.AuthoringResponses.CourseDraftResponse;
import org.vidya.catalog.web.AuthoringResponses.CourseRowResponse;
import org.vidya.catalog.web.AuthoringResponses.DomainResponse;
import org.vidya.catalog.web.AuthoringResponses.ImportResponse;
import org.vidya.catalog.web.AuthoringResponses.LessonDraftResponse;
import org.vidya.catalog.web.AuthoringResponses.ModuleResponse;
import org.vidya.catalog.web.AuthoringResponses.TrackResponse;
import org.vidya.catalog.web.CatalogResponses.LessonResponse;
import org.vidya.catalog.web.CatalogResponses.OutlineResponse;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Authoring (content authors): course drafts and their modules, lessons and blocks, ordering,
 * preview, publishing, enrollment keys, images, export and import, domains and tracks.
 * Localized fields are objects from locale to text and must hold the course's default locale.
 */
@RestController
@RequestMapping("/api/v1/authoring")
@Tag(name = "Authoring")
@Validated
class AuthoringRestController {

    private final CourseAuthoring authoring;
    private final TrackAuthoring tracks;
    private final CourseImages images;
    private final CoursePackages packages;

    AuthoringRestController(CourseAuthoring authoring, TrackAuthoring tracks, CourseImages images,
            CoursePackages packages) {
        this.authoring = authoring;
        this.images = images;
        this.tracks = tracks;
        this.packages = packages;
    }

    record CourseBody(@Nullable @Size(max = 64) String slug, @Nullable @Size(max = 16) String defaultLocale,
            @Nullable @Size(max = 20) Map<String, String> title,
            @Nullable @Size(max = 20) Map<String, String> description, @Nullable CourseLevel level,
            @Nullable @Size(max = 64) String category, @Nullable BigDecimal estimatedHours, boolean paid,
            @Nullable BigDecimal price, @Nullable EnrollmentPolicy enrollment, @Nullable UUID trackId) {

        CourseFields fields() {
            return new CourseFields(slug, defaultLocale, title, description, level, category, estimatedHours, paid,
                    price, enrollment, trackId);
        }
    }

    record TitleBody(@NotNull @Size(max = 20) Map<String, String> title) {
    }

    record LessonBody(@Nullable @Size(max = 20) Map<String, String> title, @Nullable LessonKind kind,
            @Nullable Integer estimatedMinutes, @Nullable @Size(max = 20) List<String> conceptKeys) {

        LessonFields fields() {
            return new LessonFields(title, kind, estimatedMinutes, conceptKeys);
        }
    }

    /** A new order: every id once, with the revision of the parent as the client last saw it. */
    record OrderBody(@NotNull @Size(max = 200) List<@NotNull UUID> ids, @NotNull Long expectedVersion) {
    }

    record KeyBody(@NotNull @Size(max = CourseAuthoring.MAX_KEY) String key) {
    }

    record DomainBody(@Nullable @Size(max = 64) String slug, @Nullable @Size(max = 16) String defaultLocale,
            @Nullable @Size(max = 20) Map<String, String> title) {
    }

    record TrackBody(@Nullable @Size(max = 64) String slug, @Nullable @Size(max = 16) String defaultLocale,
            @Nullable @Size(max = 20) Map<String, String> title,
            @Nullable @Size(max = 20) Map<String, String> description, @Nullable UUID domainId) {

        TrackFields fields() {
            return new TrackFields(slug, defaultLocale, title, description, domainId);
        }
    }

    // ---- courses

    @GetMapping("/courses")
    @Operation(summary = "The author's courses (drafts and published), last changed first")
    List<CourseRowResponse> courses() {
        return authoring.courses().stream().map(CourseRowResponse::of).toList();
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft course (a platform admin outside tenants creates a platform-wide one)")
    CourseDraftResponse createCourse(@Valid @RequestBody CourseBody body) {
        return CourseDraftResponse.of(authoring.createCourse(body.fields()));
    }

    @GetMapping("/courses/{id}")
    CourseDraftResponse course(@PathVariable UUID id) {
        return CourseDraftResponse.of(authoring.course(new CourseId(id)));
    }

    @PutMapping("/courses/{id}")
    @Operation(summary = "Change the draft's fields; learners see it once published again")
    CourseDraftResponse updateCourse(@PathVariable UUID id, @Valid @RequestBody CourseBody body) {
        return CourseDraftResponse.of(authoring.updateCourse(new CourseId(id), body.fields()));
    }

    @DeleteMapping("/courses/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a course learners do not see (unpublish first)")
    void deleteCourse(@PathVariable UUID id) {
        authoring.deleteCourse(new CourseId(id));
    }

    @PostMapping("/courses/{id}/publish")
    @Operation(summary = "Publish the draft as a new version")
    CourseDraftResponse publish(@PathVariable UUID id) {
        return CourseDraftResponse.of(authoring.publish(new CourseId(id)));
    }

    @PostMapping("/courses/{id}/unpublish")
    CourseDraftResponse unpublish(@PathVariable UUID id) {
        return CourseDraftResponse.of(authoring.unpublish(new CourseId(id)));
    }

    @GetMapping("/courses/{id}/preview")
    @Operation(summary = "The draft's outline as learners will see it")
    OutlineResponse preview(@PathVariable UUID id, @Parameter(hidden = true) Locale locale) {
        return OutlineResponse.of(authoring.previewOutline(new CourseId(id), locale));
    }

    @PutMapping("/courses/{id}/enrollment-key")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the key learners enroll with (stored hashed, never shown again)")
    void setKey(@PathVariable UUID id, @Valid @RequestBody KeyBody body) {
        authoring.setEnrollmentKey(new CourseId(id), body.key());
    }

    @DeleteMapping("/courses/{id}/enrollment-key")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearKey(@PathVariable UUID id) {
        authoring.clearEnrollmentKey(new CourseId(id));
    }

    @GetMapping("/courses/{id}/export")
    @Operation(summary = "The draft as a course package (zip of course.json and assets/), without the key")
    void export(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        String slug = authoring.course(new CourseId(id)).slug();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(slug + ".zip", StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        packages.export(new CourseId(id), response.getOutputStream());
    }

    /** A file upload, for the API documentation. */
    record Upload(@Schema(type = "string", format = "binary") String file, @Nullable String name) {
    }

    @PostMapping("/course-imports")
    @Operation(summary = "Import a course package (multipart 'file': a zip or course.json, or a course.json body)"
            + " as a new draft; dryRun=true only checks", requestBody = @io.swagger.v3.oas.annotations.parameters
            .RequestBody(content = {@Content(mediaType = "multipart/form-data",
                    schema = @Schema(implementation = Upload.class)), @Content(mediaType = "application/json")}))
    ResponseEntity<ImportResponse> importCourse(HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Access.require(Permission.CONTENT_AUTHOR);
        byte[] upload = upload(request);
        ImportResponse report = ImportResponse.of(packages.importPackage(upload, dryRun));
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.CREATED).body(report);
    }

    // ---- modules

    @PostMapping("/courses/{id}/modules")
    @ResponseStatus(HttpStatus.CREATED)
    ModuleResponse addModule(@PathVariable UUID id, @Valid @RequestBody TitleBody body) {
        return ModuleResponse.of(authoring.addModule(new CourseId(id), body.title()));
    }

    @PutMapping("/courses/{id}/modules/{moduleId}")
    ModuleResponse renameModule(@PathVariable UUID id, @PathVariable UUID moduleId,
            @Valid @RequestBody TitleBody body) {
        return ModuleResponse.of(authoring.renameModule(new CourseId(id), new ModuleId(moduleId), body.title()));
    }

    @DeleteMapping("/courses/{id}/modules/{moduleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteModule(@PathVariable UUID id, @PathVariable UUID moduleId) {
        authoring.deleteModule(new CourseId(id), new ModuleId(moduleId));
    }

    @PutMapping("/courses/{id}/modules/order")
    @Operation(summary = "Reorder the modules; a stale order (other ids, or an old expectedVersion) is 409 stale-order")
    CourseDraftResponse reorderModules(@PathVariable UUID id, @Valid @RequestBody OrderBody body) {
        return CourseDraftResponse.of(authoring.reorderModules(new CourseId(id),
                body.ids().stream().map(ModuleId::new).toList(), body.expectedVersion()));
    }

    // ---- lessons

    @PostMapping("/courses/{id}/modules/{moduleId}/lessons")
    @ResponseStatus(HttpStatus.CREATED)
    LessonDraftResponse addLesson(@PathVariable UUID id, @PathVariable UUID moduleId,
            @Valid @RequestBody LessonBody body) {
        return LessonDraftResponse.of(authoring.addLesson(new CourseId(id), new ModuleId(moduleId), body.fields()));
    }

    @PutMapping("/courses/{id}/modules/{moduleId}/lessons/order")
    @Operation(summary = "Reorder a module's lessons; a stale order is 409 stale-order")
    ModuleResponse reorderLessons(@PathVariable UUID id, @PathVariable UUID moduleId,
            @Valid @RequestBody OrderBody body) {
        return ModuleResponse.of(authoring.reorderLessons(new CourseId(id), new ModuleId(moduleId),
                body.ids().stream().map(LessonId::new).toList(), body.expectedVersion()));
    }

    @GetMapping("/courses/{id}/lessons/{lessonId}")
    LessonDraftResponse lesson(@PathVariable UUID id, @PathVariable UUID lessonId) {
        return LessonDraftResponse.of(authoring.lesson(new CourseId(id), new LessonId(lessonId)));
    }

    @PutMapping("/courses/{id}/lessons/{lessonId}")
    LessonDraftResponse updateLesson(@PathVariable UUID id, @PathVariable UUID lessonId,
            @Valid @RequestBody LessonBody body) {
        return LessonDraftResponse.of(authoring.updateLesson(new CourseId(id), new LessonId(lessonId),
                body.fields()));
    }

    @DeleteMapping("/courses/{id}/lessons/{lessonId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteLesson(@PathVariable UUID id, @PathVariable UUID lessonId) {
        authoring.deleteLesson(new CourseId(id), new LessonId(lessonId));
    }

    @GetMapping("/courses/{id}/lessons/{lessonId}/preview")
    @Operation(summary = "The draft lesson exactly as learners will see it")
    LessonResponse previewLesson(@PathVariable UUID id, @PathVariable UUID lessonId,
            @Parameter(hidden = true) Locale locale) {
        return LessonResponse.of(authoring.preview(new CourseId(id), new LessonId(lessonId), locale),
                "/api/v1/authoring/courses/" + id + "/assets/");
    }

    // ---- blocks

    @PostMapping("/courses/{id}/lessons/{lessonId}/blocks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a block (markdown, code, image, callout or question) at position, or at the end")
    BlockResponse addBlock(@PathVariable UUID id, @PathVariable UUID lessonId, @RequestBody BlockInput body,
            @RequestParam(required = false) Integer position) {
        return BlockResponse.of(authoring.addBlock(new CourseId(id), new LessonId(lessonId), body, position));
    }

    @PutMapping("/courses/{id}/lessons/{lessonId}/blocks/{blockId}")
    BlockResponse updateBlock(@PathVariable UUID id, @PathVariable UUID lessonId, @PathVariable UUID blockId,
            @RequestBody BlockInput body) {
        return BlockResponse.of(authoring.updateBlock(new CourseId(id), new LessonId(lessonId), blockId, body));
    }

    @DeleteMapping("/courses/{id}/lessons/{lessonId}/blocks/{blockId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteBlock(@PathVariable UUID id, @PathVariable UUID lessonId, @PathVariable UUID blockId) {
        authoring.deleteBlock(new CourseId(id), new LessonId(lessonId), blockId);
    }

    @PutMapping("/courses/{id}/lessons/{lessonId}/blocks/order")
    @Operation(summary = "Reorder a lesson's blocks; a stale order is 409 stale-order")
    LessonDraftResponse reorderBlocks(@PathVariable UUID id, @PathVariable UUID lessonId,
            @Valid @RequestBody OrderBody body) {
        return LessonDraftResponse.of(authoring.reorderBlocks(new CourseId(id), new LessonId(lessonId), body.ids(),
                body.expectedVersion()));
    }

    // ---- images

    @GetMapping("/courses/{id}/assets")
    List<AssetResponse> assets(@PathVariable UUID id) {
        CourseId course = new CourseId(id);
        return images.assets(course).stream().map(a -> AssetResponse.of(course, a)).toList();
    }

    @PostMapping("/courses/{id}/assets")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload an image (multipart 'file', optional 'name'): PNG, JPEG, GIF or WebP up to 5 MB",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = "multipart/form-data", schema = @Schema(implementation = Upload.class))))
    AssetResponse addAsset(@PathVariable UUID id, HttpServletRequest request) throws IOException {
        Access.require(Permission.CONTENT_AUTHOR);
        MultipartFile file = file(request);
        String name = request.getParameter("name");
        if (name == null || name.isBlank()) {
            name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        }
        if (name.length() > 100) {
            throw ApiException.invalid("name", "too-long", "must be at most 100 characters");
        }
        if (file.getSize() > 5L * 1024 * 1024) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "An image may be at most 5 MB.");
        }
        CourseId course = new CourseId(id);
        return AssetResponse.of(course, images.addAsset(course, name, file.getBytes()));
    }

    @GetMapping("/courses/{id}/assets/{name}")
    ResponseEntity<byte[]> asset(@PathVariable UUID id, @PathVariable @Size(max = 100) String name) {
        return AssetResponses.of(images.asset(new CourseId(id), name));
    }

    @DeleteMapping("/courses/{id}/assets/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAsset(@PathVariable UUID id, @PathVariable @Size(max = 100) String name) {
        images.deleteAsset(new CourseId(id), name);
    }

    // ---- domains and tracks

    @GetMapping("/domains")
    List<DomainResponse> domains() {
        return tracks.domains().stream().map(DomainResponse::of).toList();
    }

    @PostMapping("/domains")
    @ResponseStatus(HttpStatus.CREATED)
    DomainResponse createDomain(@Valid @RequestBody DomainBody body) {
        return DomainResponse.of(tracks.createDomain(body.slug(), body.defaultLocale(), body.title()));
    }

    @PutMapping("/domains/{id}")
    DomainResponse updateDomain(@PathVariable UUID id, @Valid @RequestBody DomainBody body) {
        return DomainResponse.of(tracks.updateDomain(new DomainId(id), body.slug(), body.title()));
    }

    @DeleteMapping("/domains/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteDomain(@PathVariable UUID id) {
        tracks.deleteDomain(new DomainId(id));
    }

    @GetMapping("/tracks")
    List<TrackResponse> tracks() {
        return tracks.tracks().stream().map(TrackResponse::of).toList();
    }

    @PostMapping("/tracks")
    @ResponseStatus(HttpStatus.CREATED)
    TrackResponse createTrack(@Valid @RequestBody TrackBody body) {
        return TrackResponse.of(tracks.createTrack(body.fields()));
    }

    @PutMapping("/tracks/{id}")
    TrackResponse updateTrack(@PathVariable UUID id, @Valid @RequestBody TrackBody body) {
        return TrackResponse.of(tracks.updateTrack(new TrackId(id), body.fields()));
    }

    @DeleteMapping("/tracks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteTrack(@PathVariable UUID id) {
        tracks.deleteTrack(new TrackId(id));
    }

    @PutMapping("/tracks/{id}/order")
    @Operation(summary = "Reorder a track's courses; a stale order is 409 stale-order")
    TrackResponse reorderTrack(@PathVariable UUID id, @Valid @RequestBody OrderBody body) {
        return TrackResponse.of(tracks.reorderTrack(new TrackId(id),
                body.ids().stream().map(CourseId::new).toList(), body.expectedVersion()));
    }

    // ---- uploads

    private static MultipartFile file(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Send the file as multipart/form-data in a part called 'file'.");
        }
        MultipartFile file = multipart.getFile("file");
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "required", "is required");
        }
        return file;
    }

    // A package comes as a multipart file, or as the request body itself (a bare course.json).
    private static byte[] upload(HttpServletRequest request) throws IOException {
        if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
            return file(request).getBytes();
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length == 0) {
            throw ApiException.invalid("file", "required", "send a course package or a course.json");
        }
        return body;
    }
}
