package org.vidya.catalog.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CoursePublished;
import org.vidya.catalog.CourseUnpublished;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.TrackId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Authoring for people with {@code CONTENT_AUTHOR}: courses and their modules, lessons and
 * blocks (the working draft), preview, publishing and enrollment keys ({@link CourseImages} has
 * a course's images, {@link TrackAuthoring} domains and tracks).
 * Authors work in their tenant; a platform admin acting outside any tenant authors the
 * platform's courses, which every tenant sees once published. A tenant never finds (and so
 * never changes) the platform's rows or another tenant's: their ids are "not found".
 */
@Service
public class CourseAuthoring {

    /** Longest enrollment key accepted. */
    public static final int MAX_KEY = 100;

    // ---- views

    /** A course in the author's list. */
    public record CourseRow(CourseId id, String slug, LocalizedText title, CourseLevel level, boolean published,
            int publishedVersion, boolean changedSincePublish, Instant updatedAt) {
    }

    /**
     * A course's draft. {@code revision} changes with every change to the draft; send it back
     * with a new module order.
     */
    public record CourseDraft(CourseId id, TenantId owner, String slug, LocalizedText title,
            @Nullable LocalizedText description, String defaultLocale, CourseLevel level, String category,
            BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price, EnrollmentPolicy enrollment,
            boolean hasEnrollmentKey, @Nullable TrackId track, boolean published, int publishedVersion,
            boolean changedSincePublish, @Nullable Instant publishedAt, long revision, Instant updatedAt,
            List<ModuleDraft> modules) {

        public boolean platformWide() {
            return TenantId.PLATFORM.equals(owner);
        }
    }

    /** A module with its lessons in order; send {@code revision} back with a new lesson order. */
    public record ModuleDraft(ModuleId id, LocalizedText title, int position, long revision,
            List<LessonRow> lessons) {
    }

    public record LessonRow(LessonId id, LocalizedText title, LessonKind kind, int estimatedMinutes, int position) {
    }

    /** A lesson with its blocks in order; send {@code revision} back with a new block order. */
    public record LessonDraft(CourseId course, LessonId id, ModuleId module, LocalizedText title, LessonKind kind,
            int estimatedMinutes, List<String> conceptKeys, long revision, List<BlockDraft> blocks) {
    }

    public record BlockDraft(UUID id, int position, BlockInput content) {
    }

    // ---- commands

    /**
     * A course's fields. {@code defaultLocale} is fixed when the course is made (its texts are
     * all translations of it). A paid course is always {@link EnrollmentPolicy#KEY}.
     */
    public record CourseFields(@Nullable String slug, @Nullable String defaultLocale,
            @Nullable Map<String, String> title, @Nullable Map<String, String> description,
            @Nullable CourseLevel level, @Nullable String category, @Nullable BigDecimal estimatedHours,
            boolean paid, @Nullable BigDecimal price, @Nullable EnrollmentPolicy enrollment,
            @Nullable UUID trackId) {
    }

    public record LessonFields(@Nullable Map<String, String> title, @Nullable LessonKind kind,
            @Nullable Integer estimatedMinutes, @Nullable List<String> conceptKeys) {
    }


    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final Blocks blocks;
    private final CourseVersions versions;
    private final Assets assets;
    private final Tracks tracks;
    private final Drafts drafts;
    private final TenantTransactions transactions;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CourseAuthoring(Courses courses, CourseModules modules, Lessons lessons, Blocks blocks, CourseVersions versions,
            Assets assets, Tracks tracks, Drafts drafts, TenantTransactions transactions,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.blocks = blocks;
        this.versions = versions;
        this.assets = assets;
        this.tracks = tracks;
        this.drafts = drafts;
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** The tenant the current author writes in: their own, or the platform for a platform admin outside tenants. */
    public static TenantId authorTenant() {
        VidyaPrincipal me = CurrentUser.get();
        if (me.tenantId() != null) {
            return me.tenantId();
        }
        if (me.isPlatformAdmin()) {
            return TenantId.PLATFORM;
        }
        throw ApiException.forbidden("tenant-required", "Choose a school or organization first.");
    }

    // ---- courses

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public List<CourseRow> courses() {
        return read(() -> courses.findAllByOrderByUpdatedAtDesc().stream()
                .map(c -> new CourseRow(new CourseId(c.id()), c.slug(), c.title(), c.level(), c.published(),
                        c.publishedVersion(), c.changedSincePublish(), c.updatedAt()))
                .toList());
    }

    /** The author's course with this slug, if any. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public Optional<CourseId> courseBySlug(String slug) {
        return read(() -> courses.findBySlug(slug).map(c -> new CourseId(c.id())));
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft course(CourseId id) {
        return read(() -> draft(find(id)));
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft createCourse(CourseFields fields) {
        return write(() -> {
            Errors errors = new Errors();
            String locale = Rules.locale(errors, "defaultLocale", fields.defaultLocale());
            CheckedCourse checked = check(fields, locale, errors, null);
            Course course = new Course(checked.slug(), locale, clock.instant());
            apply(course, checked);
            return draft(courses.save(course));
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft updateCourse(CourseId id, CourseFields fields) {
        return write(() -> {
            Course course = find(id);
            Errors errors = new Errors();
            if (fields.defaultLocale() != null && !fields.defaultLocale().equals(course.defaultLocale())) {
                errors.add("defaultLocale", "immutable", "is fixed when a course is made (" + course.defaultLocale()
                        + ")");
            }
            apply(course, check(fields, course.defaultLocale(), errors, course.id()));
            return draft(course);
        });
    }

    private record CheckedCourse(String slug, LocalizedText title, @Nullable LocalizedText description,
            CourseLevel level, String category, BigDecimal hours, boolean paid, @Nullable BigDecimal price,
            EnrollmentPolicy enrollment, @Nullable UUID trackId) {
    }

    // Every field is checked before anything changes, so that one answer lists all that is wrong.
    private CheckedCourse check(CourseFields f, @Nullable String locale, Errors errors, @Nullable UUID self) {
        String slug = Rules.slug(errors, "slug", f.slug());
        LocalizedText title = locale == null ? null
                : Rules.text(errors, "title", f.title(), locale, Rules.MAX_TITLE, false, true);
        LocalizedText description = locale == null ? null
                : Rules.text(errors, "description", f.description(), locale, Rules.MAX_DESCRIPTION, true, false);
        if (f.level() == null) {
            errors.add("level", "required", "is required");
        }
        String category = Rules.line(errors, "category", f.category(), Rules.MAX_CATEGORY, true);
        BigDecimal hours = Rules.hours(errors, "estimatedHours", f.estimatedHours());
        BigDecimal price = Rules.price(errors, "price", f.price(), f.paid());
        if (f.enrollment() == null) {
            errors.add("enrollment", "required", "is required");
        } else if (f.paid() && f.enrollment() != EnrollmentPolicy.KEY) {
            errors.add("enrollment", "paid-needs-key", "a paid course is always KEY (or granted by an admin)");
        }
        if (f.trackId() != null && tracks.findById(f.trackId()).isEmpty()) {
            errors.add("trackId", "unknown-track", "is not a track of yours");
        }
        errors.throwIfAny();
        if (courses.findBySlug(slug).filter(other -> !other.id().equals(self)).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "slug-taken", "Another course already has this slug.",
                    List.of(new FieldViolation("slug", "taken", "is taken by another course")), null);
        }
        return new CheckedCourse(slug, title, description, f.level(), category, hours, f.paid(), price,
                f.enrollment(), f.trackId());
    }

    private void apply(Course course, CheckedCourse c) {
        int position = course.trackPosition();
        if (c.trackId() != null && !c.trackId().equals(course.trackId())) {
            position = courses.lastTrackPosition(c.trackId()) + 1;
        }
        course.update(c.slug(), c.title(), c.description(), c.level(), c.category(), c.hours(), c.paid(), c.price(),
                c.enrollment(), c.trackId(), position, clock.instant());
    }

    /** Deletes a course that learners do not see (unpublish it first), with its versions and images. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteCourse(CourseId id) {
        String slug = write(() -> {
            Course course = find(id);
            if (course.published()) {
                throw ApiException.conflict("course-published", "Unpublish the course before deleting it.");
            }
            blocks.deleteByCourseId(course.id());
            lessons.deleteByCourseId(course.id());
            modules.deleteByCourseId(course.id());
            versions.deleteByCourseId(course.id());
            assets.deleteByCourseId(course.id());
            courses.delete(course);
            return course.slug();
        });
        record("course.deleted", id, slug);
    }

    // ---- modules

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public ModuleDraft addModule(CourseId courseId, Map<String, String> title) {
        return write(() -> {
            Course course = find(courseId);
            LocalizedText text = title(course, "title", title);
            List<CourseModule> existing = modules.findByCourseIdOrderByPosition(course.id());
            if (existing.size() >= Rules.MAX_MODULES) {
                throw ApiException.conflict("too-many-modules", "A course has at most " + Rules.MAX_MODULES
                        + " modules.");
            }
            CourseModule module = modules.save(new CourseModule(course.id(), existing.size(), text));
            course.draftChanged(clock.instant());
            return moduleDraft(module, List.of());
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public ModuleDraft renameModule(CourseId courseId, ModuleId moduleId, Map<String, String> title) {
        return write(() -> {
            Course course = find(courseId);
            CourseModule module = findModule(course, moduleId);
            module.rename(title(course, "title", title));
            course.draftChanged(clock.instant());
            return moduleDraft(module, lessons.findByModuleIdOrderByPosition(module.id()));
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteModule(CourseId courseId, ModuleId moduleId) {
        write(() -> {
            Course course = find(courseId);
            CourseModule module = findModule(course, moduleId);
            blocks.deleteByModuleId(module.id());
            lessons.deleteByModuleId(module.id());
            modules.delete(module);
            modules.flush();
            renumber(modules.findByCourseIdOrderByPosition(course.id()), CourseModule::moveTo);
            course.draftChanged(clock.instant());
            return null;
        });
    }

    /** Puts the course's modules in this order, made from the course at {@code expectedRevision}. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft reorderModules(CourseId courseId, List<ModuleId> order, long expectedRevision) {
        return write(() -> {
            Course course = find(courseId);
            List<CourseModule> current = modules.findByCourseIdOrderByPosition(course.id());
            Ordering.check(current.stream().map(CourseModule::id).toList(),
                    order.stream().map(ModuleId::value).toList(), course.revision(), expectedRevision);
            Map<UUID, CourseModule> byId = byId(current, CourseModule::id);
            for (int i = 0; i < order.size(); i++) {
                byId.get(order.get(i).value()).moveTo(i);
            }
            course.draftChanged(clock.instant());
            return draft(course);
        });
    }

    // ---- lessons

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public LessonDraft addLesson(CourseId courseId, ModuleId moduleId, LessonFields fields) {
        return write(() -> {
            Course course = find(courseId);
            CourseModule module = findModule(course, moduleId);
            if (lessons.countByCourseId(course.id()) >= Rules.MAX_LESSONS) {
                throw ApiException.conflict("too-many-lessons", "A course has at most " + Rules.MAX_LESSONS
                        + " lessons.");
            }
            Checked checked = check(course, fields);
            int position = lessons.findByModuleIdOrderByPosition(module.id()).size();
            Lesson lesson = lessons.save(new Lesson(course.id(), module.id(), position, checked.title(),
                    checked.kind(), checked.minutes(), checked.conceptKeys()));
            module.lessonsChanged();
            course.draftChanged(clock.instant());
            return lessonDraft(lesson);
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public LessonDraft lesson(CourseId courseId, LessonId lessonId) {
        return read(() -> lessonDraft(findLesson(find(courseId), lessonId)));
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public LessonDraft updateLesson(CourseId courseId, LessonId lessonId, LessonFields fields) {
        return write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            Checked checked = check(course, fields);
            lesson.update(checked.title(), checked.kind(), checked.minutes(), checked.conceptKeys());
            course.draftChanged(clock.instant());
            return lessonDraft(lesson);
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteLesson(CourseId courseId, LessonId lessonId) {
        write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            blocks.deleteByLessonId(lesson.id());
            lessons.delete(lesson);
            lessons.flush();
            renumber(lessons.findByModuleIdOrderByPosition(lesson.moduleId()), Lesson::moveTo);
            modules.findById(lesson.moduleId()).ifPresent(CourseModule::lessonsChanged);
            course.draftChanged(clock.instant());
            return null;
        });
    }

    /** Puts a module's lessons in this order, made from the module at {@code expectedRevision}. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public ModuleDraft reorderLessons(CourseId courseId, ModuleId moduleId, List<LessonId> order,
            long expectedRevision) {
        return write(() -> {
            Course course = find(courseId);
            CourseModule module = findModule(course, moduleId);
            List<Lesson> current = lessons.findByModuleIdOrderByPosition(module.id());
            Ordering.check(current.stream().map(Lesson::id).toList(), order.stream().map(LessonId::value).toList(),
                    module.revision(), expectedRevision);
            Map<UUID, Lesson> byId = byId(current, Lesson::id);
            for (int i = 0; i < order.size(); i++) {
                byId.get(order.get(i).value()).moveTo(i);
            }
            module.lessonsChanged();
            course.draftChanged(clock.instant());
            return moduleDraft(module, order.stream().map(id -> byId.get(id.value())).toList());
        });
    }

    private record Checked(LocalizedText title, LessonKind kind, int minutes, List<String> conceptKeys) {
    }

    private Checked check(Course course, LessonFields fields) {
        Errors errors = new Errors();
        LocalizedText title = Rules.text(errors, "title", fields.title(), course.defaultLocale(), Rules.MAX_TITLE,
                false, true);
        if (fields.kind() == null) {
            errors.add("kind", "required", "is required");
        }
        int minutes = Rules.minutes(errors, "estimatedMinutes", fields.estimatedMinutes());
        List<String> keys = Rules.conceptKeys(errors, "conceptKeys", fields.conceptKeys());
        errors.throwIfAny();
        return new Checked(title, fields.kind(), minutes, keys);
    }

    // ---- blocks

    /** Adds a block at {@code position} (0 is first), or at the end when it is null. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public BlockDraft addBlock(CourseId courseId, LessonId lessonId, BlockInput input, @Nullable Integer position) {
        return write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            BlockContent content = checkBlock(course, input);
            List<Block> current = new ArrayList<>(blocks.findByLessonIdOrderByPosition(lesson.id()));
            if (current.size() >= Rules.MAX_BLOCKS) {
                throw ApiException.conflict("too-many-blocks", "A lesson has at most " + Rules.MAX_BLOCKS
                        + " blocks.");
            }
            if (position != null && (position < 0 || position > current.size())) {
                throw ApiException.invalid("position", "out-of-range", "must be between 0 and " + current.size());
            }
            Block block = blocks.save(new Block(course.id(), lesson.id(), current.size(), content));
            current.add(position == null ? current.size() : position, block);
            renumber(current, Block::moveTo);
            lesson.blocksChanged();
            course.draftChanged(clock.instant());
            return new BlockDraft(block.id(), block.position(), content.toInput());
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public BlockDraft updateBlock(CourseId courseId, LessonId lessonId, UUID blockId, BlockInput input) {
        return write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            Block block = findBlock(lesson, blockId);
            BlockContent content = checkBlock(course, input);
            block.replace(content);
            lesson.blocksChanged();
            course.draftChanged(clock.instant());
            return new BlockDraft(block.id(), block.position(), content.toInput());
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteBlock(CourseId courseId, LessonId lessonId, UUID blockId) {
        write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            blocks.delete(findBlock(lesson, blockId));
            blocks.flush();
            renumber(blocks.findByLessonIdOrderByPosition(lesson.id()), Block::moveTo);
            lesson.blocksChanged();
            course.draftChanged(clock.instant());
            return null;
        });
    }

    /** Puts a lesson's blocks in this order, made from the lesson at {@code expectedRevision}. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public LessonDraft reorderBlocks(CourseId courseId, LessonId lessonId, List<UUID> order, long expectedRevision) {
        return write(() -> {
            Course course = find(courseId);
            Lesson lesson = findLesson(course, lessonId);
            List<Block> current = blocks.findByLessonIdOrderByPosition(lesson.id());
            Ordering.check(current.stream().map(Block::id).toList(), order, lesson.revision(), expectedRevision);
            Map<UUID, Block> byId = byId(current, Block::id);
            for (int i = 0; i < order.size(); i++) {
                byId.get(order.get(i)).moveTo(i);
            }
            lesson.blocksChanged();
            course.draftChanged(clock.instant());
            return lessonDraft(lesson);
        });
    }

    private BlockContent checkBlock(Course course, BlockInput input) {
        Errors errors = new Errors();
        BlockContent content = Rules.block(errors, "", input, course.defaultLocale());
        errors.throwIfAny();
        if (content instanceof BlockContent.Image image
                && !assets.existsByCourseIdAndName(course.id(), image.assetName())) {
            throw ApiException.invalid("asset", "unknown-asset", "upload the image " + image.assetName()
                    + " to the course first");
        }
        return content;
    }

    // ---- preview and publishing

    /** The draft lesson exactly as learners will see it once published. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public LessonContent preview(CourseId courseId, LessonId lessonId, Locale locale) {
        return read(() -> {
            Course course = find(courseId);
            findLesson(course, lessonId);
            return rendered(course).lesson(lessonId, locale).orElseThrow();
        });
    }

    /** The draft course's outline as learners will see it once published. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseOutline previewOutline(CourseId courseId, Locale locale) {
        return read(() -> rendered(find(courseId)).outline(locale));
    }

    private RenderedCourse rendered(Course course) {
        return new RenderedCourse(new TenantId(course.tenantId()), course.publishedVersion(),
                drafts.document(course));
    }

    /**
     * Makes the draft what learners see: a new immutable version holding the course JSON with
     * ids. Publishes {@link CoursePublished}.
     */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft publish(CourseId courseId) {
        UUID actor = CurrentUser.id().value();
        CourseDraft draft = write(() -> {
            Course course = find(courseId);
            if (course.published() && !course.changedSincePublish()) {
                throw ApiException.conflict("already-published",
                        "Learners already see this course as it is; change the draft to publish again.");
            }
            CourseDocument document = drafts.document(course);
            if (document.course().lessons().isEmpty()) {
                throw ApiException.conflict("course-empty", "A course needs at least one lesson to be published.");
            }
            byte[] json = CourseFormat.write(document, true);
            // What learners will read must read back; a draft that cannot is not published.
            CourseFormat.read(json);
            Instant now = clock.instant();
            int number = course.publishedVersion() + 1;
            versions.save(new CourseVersion(course.id(), number, new String(json, StandardCharsets.UTF_8), actor,
                    now));
            course.published(number, actor, now);
            events.publishEvent(new CoursePublished(courseId, new TenantId(course.tenantId()), number, now));
            return draft(course);
        });
        record("course.published", courseId, "version " + draft.publishedVersion());
        return draft;
    }

    /** Withdraws the course from learners; publishes {@link CourseUnpublished}. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public CourseDraft unpublish(CourseId courseId) {
        CourseDraft draft = write(() -> {
            Course course = find(courseId);
            if (!course.published()) {
                throw ApiException.conflict("not-published", "Learners do not see this course.");
            }
            course.unpublished();
            events.publishEvent(new CourseUnpublished(courseId, new TenantId(course.tenantId()), clock.instant()));
            return draft(course);
        });
        record("course.unpublished", courseId, "version " + draft.publishedVersion());
        return draft;
    }

    // ---- enrollment key

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void setEnrollmentKey(CourseId courseId, String key) {
        if (key.length() < 4 || key.length() > MAX_KEY || Rules.hasControl(key, false) || key.isBlank()) {
            throw ApiException.invalid("key", "invalid-key", "must be 4 to " + MAX_KEY + " characters on one line");
        }
        write(() -> {
            find(courseId).setEnrollmentKey(key);
            return null;
        });
        record("course.enrollment-key-set", courseId, "");
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void clearEnrollmentKey(CourseId courseId) {
        write(() -> {
            find(courseId).setEnrollmentKey(null);
            return null;
        });
        record("course.enrollment-key-cleared", courseId, "");
    }

    // ---- helpers

    private <T> T read(Supplier<T> work) {
        return transactions.read(authorTenant(), work);
    }

    private <T> T write(Supplier<T> work) {
        return transactions.write(authorTenant(), work);
    }

    private void record(String action, CourseId course, String detail) {
        audit.record(AuditRecord.success(authorTenant(), CurrentUser.id(), action, "course", course, detail));
    }

    private Course find(CourseId id) {
        return courses.findById(id.value()).orElseThrow(() -> notFound("course"));
    }

    private CourseModule findModule(Course course, ModuleId id) {
        return modules.findById(id.value()).filter(m -> m.courseId().equals(course.id()))
                .orElseThrow(() -> notFound("module"));
    }

    private Lesson findLesson(Course course, LessonId id) {
        return lessons.findById(id.value()).filter(l -> l.courseId().equals(course.id()))
                .orElseThrow(() -> notFound("lesson"));
    }

    private Block findBlock(Lesson lesson, UUID id) {
        return blocks.findById(id).filter(b -> b.lessonId().equals(lesson.id()))
                .orElseThrow(() -> notFound("block"));
    }

    private LocalizedText title(Course course, String field, @Nullable Map<String, String> title) {
        Errors errors = new Errors();
        LocalizedText text = Rules.text(errors, field, title, course.defaultLocale(), Rules.MAX_TITLE, false, true);
        errors.throwIfAny();
        return text;
    }

    private CourseDraft draft(Course course) {
        return drafts.view(course);
    }

    private static ModuleDraft moduleDraft(CourseModule module, List<Lesson> lessons) {
        return Drafts.moduleView(module, lessons);
    }

    private LessonDraft lessonDraft(Lesson lesson) {
        return new LessonDraft(new CourseId(lesson.courseId()), new LessonId(lesson.id()),
                new ModuleId(lesson.moduleId()), lesson.title(), lesson.kind(), lesson.estimatedMinutes(),
                lesson.conceptKeys(), lesson.revision(), blocks.findByLessonIdOrderByPosition(lesson.id()).stream()
                        .map(b -> new BlockDraft(b.id(), b.position(), b.content().toInput())).toList());
    }

    private static <T> void renumber(List<T> items, ObjIntConsumer<T> move) {
        for (int i = 0; i < items.size(); i++) {
            move.accept(items.get(i), i);
        }
    }

    static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    static ApiException notFound(String what) {
        return ApiException.notFound(what + "-not-found", "No such " + what + " among your courses.");
    }
}
