package org.vidya.catalog.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.catalog.domain.CourseAuthoring.LessonFields;
import org.vidya.catalog.domain.CourseAuthoring.ModuleDraft;
import org.vidya.catalog.domain.TrackAuthoring;
import org.vidya.catalog.domain.TrackAuthoring.TrackFields;
import org.vidya.catalog.domain.LocalizedText;
import org.vidya.catalog.domain.TrackView;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Ids;
import org.vidya.platform.Permission;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * Authoring for content authors: their tenant's courses (a platform admin outside any tenant:
 * the platform-wide ones) with their status; creating a course; its details, enrollment key,
 * modules and lessons (added, renamed, deleted, moved up and down); tracks to put courses in;
 * publishing, unpublishing and
 * deleting; and a preview of the course as learners will see it. Lessons are edited in
 * {@link LessonEditorPageController}.
 */
@Controller
@RequestMapping("/authoring")
class AuthoringPageController {

    private final CourseAuthoring authoring;
    private final TrackAuthoring tracks;

    AuthoringPageController(CourseAuthoring authoring, TrackAuthoring tracks) {
        this.authoring = authoring;
        this.tracks = tracks;
    }

    @ModelAttribute
    void allowed(Model model) {
        PageAccess.require(Permission.CONTENT_AUTHOR);
        model.addAttribute("platformAuthor", CurrentUser.get().tenantId() == null);
    }

    // ---- the list and a new course

    @GetMapping
    String list(Locale locale, Model model) {
        return renderList(model, locale, FormState.NONE);
    }

    /** A new track (an ordered path of courses), so that courses can be put into it. */
    @PostMapping("/tracks")
    String createTrack(@RequestParam MultiValueMap<String, String> form, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String language = pageLanguage(locale);
        try {
            String title = CatalogPages.text(form, "title." + language);
            String slug = title == null ? "" : CatalogPages.slugOf(title);
            TrackView track = tracks.createTrack(new TrackFields(slug.isEmpty()
                    ? "track-" + Ids.next().toString().substring(0, 8) : slug, language,
                    CatalogPages.localized(form, "title", CatalogPages.editLocales(language), null),
                    CatalogPages.optionalLocalized(form, "description", CatalogPages.editLocales(language), null),
                    CatalogPages.uuid(form.getFirst("domainId"), "domainId")));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.trackCreated", title(track.title())));
            return "redirect:/authoring";
        } catch (ApiException e) {
            if (!CatalogPages.belongsToForm(e)) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderList(model, locale, FormState.failed("track", form, FormErrors.of(e)));
        }
    }

    @GetMapping("/new")
    String newCourse(Locale locale, Model model) {
        return renderNew(model, pageLanguage(locale), FormState.NONE);
    }

    @PostMapping("/new")
    String create(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        String defaultLocale = CatalogPages.text(form, "defaultLocale");
        String locale = defaultLocale == null || !CatalogPages.LOCALES.contains(defaultLocale) ? "en" : defaultLocale;
        try {
            List<String> locales = CatalogPages.editLocales(locale);
            String slug = CatalogPages.text(form, "slug");
            if (slug == null) {
                String title = CatalogPages.text(form, "title." + locale);
                slug = title == null ? "" : CatalogPages.slugOf(title);
                if (slug.isEmpty()) {
                    // A title in a script without Latin letters still needs a short name; without a
                    // title the course is refused for that, so this one is never kept.
                    slug = "course-" + Ids.next().toString().substring(0, 8);
                }
            }
            CourseDraft created = authoring.createCourse(fields(form, slug, defaultLocale, locales, null, null));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.created", title(created.title())));
            return "redirect:/authoring/courses/" + created.id();
        } catch (ApiException e) {
            if (!CatalogPages.belongsToForm(e)) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderNew(model, locale, FormState.failed("course", form, FormErrors.of(e)));
        }
    }

    // ---- one course

    @GetMapping("/courses/{id}")
    String course(@PathVariable UUID id, Model model) {
        return renderCourse(model, new CourseId(id), FormState.NONE);
    }

    @PostMapping("/courses/{id}")
    String update(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        CourseDraft stored = authoring.course(courseId);
        try {
            CourseDraft saved = authoring.updateCourse(courseId, fields(form, CatalogPages.text(form, "slug"), null,
                    CatalogPages.editLocales(stored.defaultLocale()), stored.title(), stored.description()));
            return done(redirect, courseId, Notice.of("catalog.notice.saved", title(saved.title())));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("details", form, FormErrors.of(e)));
        }
    }

    @PostMapping("/courses/{id}/key")
    String setKey(@PathVariable UUID id, @RequestParam(required = false) @Nullable String key, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        try {
            authoring.setEnrollmentKey(courseId, key == null ? "" : key);
            return done(redirect, courseId, Notice.of("catalog.notice.keySet"));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("key", FormErrors.of(e)));
        }
    }

    @PostMapping("/courses/{id}/key/clear")
    String clearKey(@PathVariable UUID id, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        authoring.clearEnrollmentKey(courseId);
        return done(redirect, courseId, Notice.of("catalog.notice.keyCleared"));
    }

    @PostMapping("/courses/{id}/publish")
    String publish(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        try {
            CourseDraft published = authoring.publish(courseId);
            return done(redirect, courseId, Notice.of("catalog.notice.published",
                    String.valueOf(published.publishedVersion())));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("publishing", FormErrors.message(
                    e.getMessage())));
        }
    }

    @PostMapping("/courses/{id}/unpublish")
    String unpublish(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        try {
            authoring.unpublish(courseId);
            return done(redirect, courseId, Notice.of("catalog.notice.unpublished"));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("publishing", FormErrors.message(
                    e.getMessage())));
        }
    }

    @PostMapping("/courses/{id}/delete")
    String delete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        String title = title(authoring.course(courseId).title());
        try {
            authoring.deleteCourse(courseId);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.deleted", title));
            return "redirect:/authoring";
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("delete", FormErrors.message(
                    e.getMessage())));
        }
    }

    @GetMapping("/courses/{id}/preview")
    String preview(@PathVariable UUID id, Locale locale, Model model) {
        CourseId courseId = new CourseId(id);
        model.addAttribute("course", authoring.course(courseId));
        model.addAttribute("outline", authoring.previewOutline(courseId, locale));
        return "catalog/authoring/course-preview";
    }

    // ---- modules and lessons

    @PostMapping("/courses/{id}/modules")
    String addModule(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        CourseDraft course = authoring.course(courseId);
        try {
            ModuleDraft module = authoring.addModule(courseId, CatalogPages.localized(form, "title",
                    CatalogPages.editLocales(course.defaultLocale()), null));
            return done(redirect, courseId, Notice.of("catalog.notice.moduleAdded", title(module.title())));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("module-new", form, FormErrors.of(e)));
        }
    }

    @PostMapping("/courses/{id}/modules/{moduleId}")
    String renameModule(@PathVariable UUID id, @PathVariable UUID moduleId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        CourseDraft course = authoring.course(courseId);
        Map<String, String> stored = course.modules().stream().filter(m -> m.id().value().equals(moduleId))
                .map(m -> m.title().values()).findFirst().orElse(null);
        try {
            ModuleDraft module = authoring.renameModule(courseId, new ModuleId(moduleId),
                    CatalogPages.localized(form, "title", CatalogPages.editLocales(course.defaultLocale()), stored));
            return done(redirect, courseId, Notice.of("catalog.notice.moduleRenamed", title(module.title())));
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("module-" + moduleId, form,
                    FormErrors.of(e)));
        }
    }

    @PostMapping("/courses/{id}/modules/{moduleId}/delete")
    String deleteModule(@PathVariable UUID id, @PathVariable UUID moduleId, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        authoring.deleteModule(courseId, new ModuleId(moduleId));
        return done(redirect, courseId, Notice.of("catalog.notice.moduleDeleted"));
    }

    /** A new module order, made by the page from the order it showed and the revision it showed it at. */
    @PostMapping("/courses/{id}/modules/order")
    String reorderModules(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<String> order,
            @RequestParam(required = false) @Nullable Long revision, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        return reorder(request, model, response, redirect, courseId, () -> authoring.reorderModules(courseId,
                CatalogPages.ids(order, "order").stream().map(ModuleId::new).toList(), required(revision)));
    }

    @PostMapping("/courses/{id}/modules/{moduleId}/lessons")
    String addLesson(@PathVariable UUID id, @PathVariable UUID moduleId,
            @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        CourseDraft course = authoring.course(courseId);
        try {
            var lesson = authoring.addLesson(courseId, new ModuleId(moduleId), lessonFields(form,
                    CatalogPages.editLocales(course.defaultLocale()), null));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("catalog.notice.lessonAdded", title(lesson.title())));
            return "redirect:/authoring/courses/" + courseId + "/lessons/" + lesson.id();
        } catch (ApiException e) {
            return failed(e, model, response, courseId, FormState.failed("lesson-new-" + moduleId, form,
                    FormErrors.of(e)));
        }
    }

    @PostMapping("/courses/{id}/modules/{moduleId}/lessons/order")
    String reorderLessons(@PathVariable UUID id, @PathVariable UUID moduleId,
            @RequestParam(required = false) @Nullable List<String> order,
            @RequestParam(required = false) @Nullable Long revision, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        CourseId courseId = new CourseId(id);
        return reorder(request, model, response, redirect, courseId, () -> authoring.reorderLessons(courseId,
                new ModuleId(moduleId), CatalogPages.ids(order, "order").stream().map(LessonId::new).toList(),
                required(revision)));
    }

    // ---- shared by the lesson editor

    /** A lesson's fields from its form: title in each language, kind, minutes, concept keys. */
    static LessonFields lessonFields(MultiValueMap<String, String> form, List<String> locales,
            @Nullable LocalizedText stored) {
        String keys = form.getFirst("conceptKeys");
        List<String> conceptKeys = keys == null ? List.of() : java.util.Arrays.stream(keys.split("[,\\s]+"))
                .filter(k -> !k.isBlank()).toList();
        return new LessonFields(CatalogPages.localized(form, "title", locales,
                stored == null ? null : stored.values()),
                CatalogPages.choice(form.getFirst("kind"), LessonKind.class, "kind"),
                CatalogPages.integer(form, "estimatedMinutes"), conceptKeys);
    }

    // ---- building blocks of the handlers

    private CourseFields fields(MultiValueMap<String, String> form, @Nullable String slug,
            @Nullable String defaultLocale, List<String> locales, @Nullable LocalizedText storedTitle,
            @Nullable LocalizedText storedDescription) {
        boolean paid = form.containsKey("paid");
        return new CourseFields(slug, defaultLocale, CatalogPages.localized(form, "title", locales,
                storedTitle == null ? null : storedTitle.values()), CatalogPages.optionalLocalized(form,
                "description", locales, storedDescription == null ? null : storedDescription.values()),
                CatalogPages.choice(form.getFirst("level"), CourseLevel.class, "level"),
                CatalogPages.text(form, "category"), CatalogPages.decimal(form, "estimatedHours"), paid,
                // A course that is not paid has no price: a leftover price from before is dropped, not an error.
                paid ? CatalogPages.decimal(form, "price") : null,
                CatalogPages.choice(form.getFirst("enrollment"), EnrollmentPolicy.class, "enrollment"),
                CatalogPages.uuid(form.getFirst("trackId"), "trackId"));
    }

    private interface Reorder {
        void run();
    }

    private String reorder(HttpServletRequest request, Model model, HttpServletResponse response,
            RedirectAttributes redirect, CourseId courseId, Reorder work) {
        FormState state;
        try {
            work.run();
            if (!CatalogPages.isHtmx(request)) {
                return done(redirect, courseId, Notice.of("catalog.notice.moved"));
            }
            state = FormState.NONE;
            model.addAttribute("moved", true);
        } catch (ApiException e) {
            if (!CatalogPages.belongsToForm(e)) {
                throw e;
            }
            response.setStatus(e.status().value());
            if ("stale-order".equals(e.code())) {
                // Someone else changed the course since this page was shown: show the current order.
                model.addAttribute("stale", true);
                state = FormState.NONE;
            } else {
                state = FormState.failed("structure", FormErrors.of(e));
            }
        }
        renderCourse(model, courseId, state);
        return CatalogPages.isHtmx(request) ? "catalog/authoring/course :: structure-response"
                : "catalog/authoring/course";
    }

    private String renderList(Model model, Locale locale, FormState state) {
        model.addAttribute("courses", authoring.courses());
        model.addAttribute("tracks", tracks.tracks());
        model.addAttribute("domains", tracks.domains());
        model.addAttribute("locales", CatalogPages.editLocales(pageLanguage(locale)));
        model.addAttribute("state", state);
        return "catalog/authoring/courses";
    }

    /** The language the page is shown in, when texts can be written in it; else English. */
    private static String pageLanguage(Locale locale) {
        return CatalogPages.LOCALES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
    }

    private String renderNew(Model model, String defaultLocale, FormState state) {
        model.addAttribute("defaultLocale", defaultLocale);
        model.addAttribute("allLocales", CatalogPages.LOCALES);
        model.addAttribute("locales", CatalogPages.editLocales(defaultLocale));
        model.addAttribute("tracks", tracks.tracks());
        model.addAttribute("levels", CourseLevel.values());
        model.addAttribute("policies", EnrollmentPolicy.values());
        model.addAttribute("state", state);
        return "catalog/authoring/new-course";
    }

    private String renderCourse(Model model, CourseId id, FormState state) {
        CourseDraft course = authoring.course(id);
        model.addAttribute("course", course);
        model.addAttribute("locales", CatalogPages.editLocales(course.defaultLocale()));
        model.addAttribute("tracks", tracks.tracks());
        model.addAttribute("levels", CourseLevel.values());
        model.addAttribute("policies", EnrollmentPolicy.values());
        model.addAttribute("kinds", LessonKind.values());
        model.addAttribute("moves", Moves.INSTANCE);
        model.addAttribute("state", state);
        return "catalog/authoring/course";
    }

    private String failed(ApiException e, Model model, HttpServletResponse response, CourseId id, FormState state) {
        if (!CatalogPages.belongsToForm(e)) {
            throw e;
        }
        response.setStatus(e.status().value());
        return renderCourse(model, id, state);
    }

    private static String done(RedirectAttributes redirect, CourseId id, Notice notice) {
        redirect.addFlashAttribute(Notice.FLASH, notice);
        return "redirect:/authoring/courses/" + id;
    }

    private static long required(@Nullable Long revision) {
        if (revision == null) {
            throw ApiException.invalid("revision", "required", "is required");
        }
        return revision;
    }

    static String title(LocalizedText text) {
        return text.in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }
}
