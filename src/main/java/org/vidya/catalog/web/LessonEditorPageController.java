package org.vidya.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.CourseImages.AssetView;
import org.vidya.catalog.domain.CourseAuthoring.BlockDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.LessonDraft;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * The lesson editor: a lesson's title, kind, minutes and concept keys, and its blocks (Markdown,
 * code, image with alt text, callout, question) added, edited, deleted and moved; and the
 * preview of the lesson exactly as learners will see it once the course is published.
 */
@Controller
@RequestMapping("/authoring/courses/{courseId}/lessons/{lessonId}")
class LessonEditorPageController {

    static final List<String> BLOCK_TYPES = List.of("markdown", "code", "image", "callout", "question");
    static final List<String> CALLOUT_STYLES = List.of("note", "tip", "warning");

    private final CourseAuthoring authoring;
    private final CourseImages images;

    LessonEditorPageController(CourseAuthoring authoring, CourseImages images) {
        this.authoring = authoring;
        this.images = images;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.CONTENT_AUTHOR);
    }

    @GetMapping
    String edit(@PathVariable UUID courseId, @PathVariable UUID lessonId, Model model) {
        return render(model, new CourseId(courseId), new LessonId(lessonId), FormState.NONE);
    }

    @PostMapping
    String update(@PathVariable UUID courseId, @PathVariable UUID lessonId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        CourseDraft draft = authoring.course(course);
        LessonDraft stored = authoring.lesson(course, lesson);
        try {
            LessonDraft saved = authoring.updateLesson(course, lesson, AuthoringPageController.lessonFields(form,
                    CatalogPages.editLocales(draft.defaultLocale()), stored.title()));
            return done(redirect, course, lesson, Notice.of("catalog.notice.saved",
                    AuthoringPageController.title(saved.title())));
        } catch (ApiException e) {
            return failed(e, model, response, course, lesson, FormState.failed("lesson", form, FormErrors.of(e)));
        }
    }

    @PostMapping("/delete")
    String delete(@PathVariable UUID courseId, @PathVariable UUID lessonId, RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        String title = AuthoringPageController.title(authoring.lesson(course, lesson).title());
        authoring.deleteLesson(course, lesson);
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.lessonDeleted", title));
        return "redirect:/authoring/courses/" + course;
    }

    @GetMapping("/preview")
    String preview(@PathVariable UUID courseId, @PathVariable UUID lessonId, Locale locale, Model model) {
        CourseId course = new CourseId(courseId);
        LessonContent content = authoring.preview(course, new LessonId(lessonId), locale);
        model.addAttribute("preview", content);
        model.addAttribute("module", content.course().module(content.lesson().module()).orElseThrow());
        model.addAttribute("previous", content.course().previous(content.lesson().id()).orElse(null));
        model.addAttribute("next", content.course().next(content.lesson().id()).orElse(null));
        return "catalog/authoring/lesson-preview";
    }

    // ---- blocks

    @PostMapping("/blocks")
    String addBlock(@PathVariable UUID courseId, @PathVariable UUID lessonId,
            @RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) @Nullable MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        List<String> locales = CatalogPages.editLocales(authoring.course(course).defaultLocale());
        String type = Objects.toString(form.getFirst("type"), "");
        String uploaded = null;
        try {
            String asset = null;
            if ("image".equals(type)) {
                uploaded = upload(course, file);
                asset = uploaded != null ? uploaded : existingAsset(course, form.getFirst("existing"));
            }
            authoring.addBlock(course, lesson, block(type, form, locales, null, asset), null);
            return done(redirect, course, lesson, Notice.of("catalog.notice.blockAdded"));
        } catch (ApiException e) {
            forget(course, uploaded);
            return failed(e, model, response, course, lesson, FormState.failed("block-new-" + type, form,
                    FormErrors.of(e)));
        }
    }

    @PostMapping("/blocks/{blockId}")
    String updateBlock(@PathVariable UUID courseId, @PathVariable UUID lessonId, @PathVariable UUID blockId,
            @RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) @Nullable MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        List<String> locales = CatalogPages.editLocales(authoring.course(course).defaultLocale());
        BlockDraft stored = authoring.lesson(course, lesson).blocks().stream().filter(b -> b.id().equals(blockId))
                .findFirst().orElseThrow(() -> ApiException.notFound("block-not-found",
                        "No such block in this lesson."));
        String type = stored.content().type();
        String uploaded = null;
        try {
            String asset = null;
            if ("image".equals(type)) {
                uploaded = upload(course, file);
                asset = uploaded != null ? uploaded : stored.content().asset();
            }
            authoring.updateBlock(course, lesson, blockId, block(type, form, locales, stored.content(), asset));
            if (uploaded != null && stored.content().asset() != null) {
                forget(course, stored.content().asset());
            }
            return done(redirect, course, lesson, Notice.of("catalog.notice.blockSaved"));
        } catch (ApiException e) {
            forget(course, uploaded);
            return failed(e, model, response, course, lesson, FormState.failed("block-" + blockId, form,
                    FormErrors.of(e)));
        }
    }

    @PostMapping("/blocks/{blockId}/delete")
    String deleteBlock(@PathVariable UUID courseId, @PathVariable UUID lessonId, @PathVariable UUID blockId,
            RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        authoring.deleteBlock(course, lesson, blockId);
        return done(redirect, course, lesson, Notice.of("catalog.notice.blockDeleted"));
    }

    @PostMapping("/blocks/order")
    String reorderBlocks(@PathVariable UUID courseId, @PathVariable UUID lessonId,
            @RequestParam(required = false) @Nullable List<String> order,
            @RequestParam(required = false) @Nullable Long revision, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId course = new CourseId(courseId);
        LessonId lesson = new LessonId(lessonId);
        FormState state = FormState.NONE;
        try {
            if (revision == null) {
                throw ApiException.invalid("revision", "required", "is required");
            }
            authoring.reorderBlocks(course, lesson, CatalogPages.ids(order, "order"), revision);
            if (!CatalogPages.isHtmx(request)) {
                return done(redirect, course, lesson, Notice.of("catalog.notice.moved"));
            }
            model.addAttribute("moved", true);
        } catch (ApiException e) {
            if (!CatalogPages.belongsToForm(e)) {
                throw e;
            }
            response.setStatus(e.status().value());
            if ("stale-order".equals(e.code())) {
                model.addAttribute("stale", true);
            } else {
                state = FormState.failed("blocks", FormErrors.of(e));
            }
        }
        render(model, course, lesson, state);
        return CatalogPages.isHtmx(request) ? "catalog/authoring/lesson :: blocks-response"
                : "catalog/authoring/lesson";
    }

    // ---- building blocks of the handlers

    /** A block of this type from its form; localized texts keep their stored translations in other languages. */
    static BlockInput block(String type, MultiValueMap<String, String> form, List<String> locales,
            @Nullable BlockInput stored, @Nullable String asset) {
        return switch (type) {
            case "markdown" -> BlockInput.markdown(CatalogPages.localized(form, "text", locales,
                    stored == null ? null : stored.text()));
            case "code" -> {
                String code = form.getFirst("code");
                yield BlockInput.code(Objects.toString(CatalogPages.text(form, "language"), ""),
                        code == null ? "" : CatalogPages.lines(code), CatalogPages.optionalLocalized(form, "caption", locales,
                                stored == null ? null : stored.caption()));
            }
            case "image" -> BlockInput.image(asset == null ? "" : asset, CatalogPages.localized(form, "alt",
                    locales, stored == null ? null : stored.alt()), CatalogPages.optionalLocalized(form, "caption",
                    locales, stored == null ? null : stored.caption()));
            case "callout" -> BlockInput.callout(Objects.toString(CatalogPages.text(form, "style"), ""),
                    CatalogPages.localized(form, "text", locales, stored == null ? null : stored.text()));
            case "question" -> BlockInput.question(Objects.toString(CatalogPages.text(form, "itemRef"), ""),
                    CatalogPages.optionalLocalized(form, "prompt", locales, stored == null ? null : stored.prompt()));
            default -> throw ApiException.invalid("type", "unknown-block-type",
                    "must be markdown, code, image, callout or question");
        };
    }

    /** Stores an uploaded image under a free name made from its file name; null when no file came. */
    private @Nullable String upload(CourseId course, @Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw ApiException.invalid("file", "unreadable", "could not be read; upload it again");
        }
        Set<String> taken = images.assets(course).stream().map(AssetView::name).collect(Collectors.toSet());
        String name = assetName(file.getOriginalFilename(), taken);
        images.addAsset(course, name, bytes);
        return "assets/" + name;
    }

    private @Nullable String existingAsset(CourseId course, @Nullable String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.invalid("file", "required", "choose an image to upload");
        }
        if (images.assets(course).stream().noneMatch(a -> a.name().equals(name))) {
            throw ApiException.invalid("existing", "unknown-asset", "is not an image of this course");
        }
        return "assets/" + name;
    }

    /** Removes an image no block shows (a new upload whose block was refused, or one just replaced). */
    private void forget(CourseId course, @Nullable String asset) {
        if (asset == null || !asset.startsWith("assets/")) {
            return;
        }
        try {
            images.deleteAsset(course, asset.substring("assets/".length()));
        } catch (ApiException e) {
            // Still shown somewhere (the published version, another block): it stays.
        }
    }

    /** An image name the catalog accepts, from the uploaded file's name, not yet taken in the course. */
    static String assetName(@Nullable String original, Set<String> taken) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String base = CatalogPages.slugOf(dot < 0 ? name : name.substring(0, dot));
        if (base.isEmpty()) {
            base = "image";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        String suffix = extension.isEmpty() ? "" : "." + extension;
        String candidate = base + suffix;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = base + "-" + i + suffix;
        }
        return candidate;
    }

    private String render(Model model, CourseId courseId, LessonId lessonId, FormState state) {
        CourseDraft course = authoring.course(courseId);
        LessonDraft lesson = authoring.lesson(courseId, lessonId);
        model.addAttribute("course", course);
        model.addAttribute("module", course.modules().stream().filter(m -> m.id().equals(lesson.module()))
                .findFirst().orElseThrow());
        model.addAttribute("lesson", lesson);
        List<AssetView> assets = images.assets(courseId);
        model.addAttribute("assets", assets);
        model.addAttribute("assetUrls", assets.stream().collect(Collectors.toMap(a -> "assets/" + a.name(),
                AssetView::url)));
        model.addAttribute("locales", CatalogPages.editLocales(course.defaultLocale()));
        model.addAttribute("kinds", LessonKind.values());
        model.addAttribute("blockTypes", BLOCK_TYPES);
        model.addAttribute("calloutStyles", CALLOUT_STYLES);
        model.addAttribute("moves", Moves.INSTANCE);
        model.addAttribute("state", state);
        return "catalog/authoring/lesson";
    }

    private String failed(ApiException e, Model model, HttpServletResponse response, CourseId course, LessonId lesson,
            FormState state) {
        if (!CatalogPages.belongsToForm(e)) {
            throw e;
        }
        response.setStatus(e.status().value());
        return render(model, course, lesson, state);
    }

    private static String done(RedirectAttributes redirect, CourseId course, LessonId lesson, Notice notice) {
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/authoring/courses/" + course + "/lessons/" + lesson;
    }
}
