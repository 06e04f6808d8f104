package org.vidya.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.platform.ApiException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@code course.json} (format {@code vidya-course}, version 1). Reading checks
 * everything before anything is created and reports each problem under its JSON path
 * ({@code course.modules[0].lessons[2].blocks[1].text.en}).
 */
public final class CourseFormat {

    public static final String FORMAT = "vidya-course";
    public static final int VERSION = 1;
    public static final String ASSET_PREFIX = "assets/";
    public static final int MAX_JSON_BYTES = 5 * 1024 * 1024;

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CourseFormat() {
    }

    // ---- writing

    /** The course as {@code course.json}; ids are written for published versions, left out for packages. */
    public static byte[] write(CourseDocument document, boolean withIds) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(document, withIds));
    }

    static ObjectNode tree(CourseDocument document, boolean withIds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("defaultLocale", document.defaultLocale());
        CourseDocument.Course c = document.course();
        ObjectNode course = root.putObject("course");
        id(course, c.id(), withIds);
        course.put("slug", c.slug());
        course.set("title", text(c.title()));
        if (c.description() != null) {
            course.set("description", text(c.description()));
        }
        course.put("level", c.level().name());
        course.put("category", c.category());
        course.put("estimatedHours", c.estimatedHours());
        course.put("paid", c.paid());
        if (c.price() == null) {
            course.putNull("price");
        } else {
            course.put("price", c.price());
        }
        course.put("enrollment", c.enrollment().name());
        if (c.track() != null) {
            CourseDocument.Track t = c.track();
            ObjectNode track = course.putObject("track");
            id(track, t.id(), withIds);
            track.put("slug", t.slug());
            track.set("title", text(t.title()));
            if (t.description() != null) {
                track.set("description", text(t.description()));
            }
            if (t.domain() != null) {
                ObjectNode domain = track.putObject("domain");
                id(domain, t.domain().id(), withIds);
                domain.put("slug", t.domain().slug());
                domain.set("title", text(t.domain().title()));
            }
        }
        ArrayNode modules = course.putArray("modules");
        for (CourseDocument.Module m : c.modules()) {
            ObjectNode module = modules.addObject();
            id(module, m.id(), withIds);
            module.set("title", text(m.title()));
            ArrayNode lessons = module.putArray("lessons");
            for (CourseDocument.Lesson l : m.lessons()) {
                ObjectNode lesson = lessons.addObject();
                id(lesson, l.id(), withIds);
                lesson.set("title", text(l.title()));
                lesson.put("kind", l.kind().name());
                lesson.put("estimatedMinutes", l.estimatedMinutes());
                ArrayNode keys = lesson.putArray("conceptKeys");
                l.conceptKeys().forEach(keys::add);
                ArrayNode blocks = lesson.putArray("blocks");
                l.blocks().forEach(b -> blocks.add(block(b)));
            }
        }
        return root;
    }

    static ObjectNode block(BlockContent block) {
        return JSON.valueToTree(block.toInput());
    }

    static String blockJson(BlockContent block) {
        return JSON.writeValueAsString(block.toInput());
    }

    private static void id(ObjectNode node, @Nullable UUID id, boolean withIds) {
        if (withIds && id != null) {
            node.put("id", id.toString());
        }
    }

    private static ObjectNode text(LocalizedText text) {
        ObjectNode node = JSON.createObjectNode();
        text.values().forEach(node::put);
        return node;
    }

    // ---- reading

    /**
     * The course of a {@code course.json}.
     *
     * @throws ApiException 400 {@code validation-failed} listing every problem by JSON path
     */
    public static CourseDocument read(byte[] json) {
        if (json.length > MAX_JSON_BYTES) {
            throw ApiException.invalid("course.json", "too-large", "must be at most 5 MB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw ApiException.invalid("course.json", "malformed-json", "is not valid JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        }
        Errors errors = new Errors();
        CourseDocument document = new Reader(errors).document(root);
        errors.throwIfAny();
        return document;
    }

    /** Reads a stored block back as it was checked when written. */
    static BlockContent readBlock(String json) {
        BlockInput b = JSON.readValue(json, BlockInput.class);
        return switch (b.type()) {
            case "markdown" -> new BlockContent.MarkdownText(stored(b.text()));
            case "code" -> new BlockContent.Code(String.valueOf(b.language()), String.valueOf(b.code()),
                    storedOrNull(b.caption()));
            case "image" -> new BlockContent.Image(String.valueOf(b.asset()), stored(b.alt()), storedOrNull(b.caption()));
            case "callout" -> new BlockContent.Callout(String.valueOf(b.style()), stored(b.text()));
            case "question" -> new BlockContent.Question(String.valueOf(b.itemRef()), storedOrNull(b.prompt()));
            default -> throw new IllegalStateException("Unknown stored block type " + b.type());
        };
    }

    private static LocalizedText stored(@Nullable Map<String, String> text) {
        if (text == null) {
            throw new IllegalStateException("A stored block lacks its text");
        }
        return LocalizedText.stored(text);
    }

    private static @Nullable LocalizedText storedOrNull(@Nullable Map<String, String> text) {
        return text == null || text.isEmpty() ? null : LocalizedText.stored(text);
    }

    /** Walks the JSON tree, noting problems instead of stopping at the first. */
    private static final class Reader {

        private final Errors errors;
        private String defaultLocale = "en";

        Reader(Errors errors) {
            this.errors = errors;
        }

        @Nullable CourseDocument document(JsonNode root) {
            if (!root.isObject()) {
                errors.add("course.json", "not-an-object", "must be a JSON object");
                return null;
            }
            only(root, "", Set.of("format", "formatVersion", "defaultLocale", "course"));
            String format = string(root, "", "format", true);
            if (format != null && !FORMAT.equals(format)) {
                errors.add("format", "unknown-format", "must be \"" + FORMAT + "\"");
            }
            JsonNode version = root.get("formatVersion");
            if (version == null || !version.isIntegralNumber()) {
                errors.add("formatVersion", "required", "must be the number " + VERSION);
            } else if (!version.canConvertToInt() || version.intValue() != VERSION) {
                errors.add("formatVersion", "unsupported-version",
                        "version " + version.asString() + " is not supported; this Vidya reads version " + VERSION);
            }
            String locale = Rules.locale(errors, "defaultLocale", string(root, "", "defaultLocale", false));
            if (locale == null) {
                return null;
            }
            defaultLocale = locale;
            JsonNode course = root.get("course");
            if (course == null || !course.isObject()) {
                errors.add("course", "required", "must be an object");
                return null;
            }
            CourseDocument.Course c = course(course, "course");
            return c == null ? null : new CourseDocument(locale, c);
        }

        private CourseDocument.@Nullable Course course(JsonNode node, String path) {
            only(node, path, Set.of("id", "slug", "title", "description", "level", "category", "estimatedHours",
                    "paid", "price", "enrollment", "track", "modules"));
            int before = errors.count();
            String slug = Rules.slug(errors, path + ".slug", string(node, path, "slug", false));
            LocalizedText title = Rules.text(errors, path + ".title", texts(node, path, "title"), defaultLocale,
                    Rules.MAX_TITLE, false, true);
            LocalizedText description = Rules.text(errors, path + ".description", texts(node, path, "description"),
                    defaultLocale, Rules.MAX_DESCRIPTION, true, false);
            CourseLevel level = enumeration(node, path, "level", CourseLevel.class);
            String category = Rules.line(errors, path + ".category", string(node, path, "category", false),
                    Rules.MAX_CATEGORY, true);
            BigDecimal hours = Rules.hours(errors, path + ".estimatedHours", decimal(node, path, "estimatedHours"));
            Boolean paid = bool(node, path, "paid");
            BigDecimal price = Rules.price(errors, path + ".price", decimal(node, path, "price"),
                    Boolean.TRUE.equals(paid));
            EnrollmentPolicy enrollment = enumeration(node, path, "enrollment", EnrollmentPolicy.class);
            if (Boolean.TRUE.equals(paid) && enrollment != null && enrollment != EnrollmentPolicy.KEY) {
                errors.add(path + ".enrollment", "paid-needs-key", "a paid course is always KEY");
            }
            CourseDocument.Track track = null;
            JsonNode trackNode = node.get("track");
            if (trackNode != null && !trackNode.isNull()) {
                track = track(trackNode, path + ".track");
            }
            List<CourseDocument.Module> modules = new ArrayList<>();
            JsonNode modulesNode = array(node, path, "modules");
            if (modulesNode != null) {
                if (modulesNode.size() > Rules.MAX_MODULES) {
                    errors.add(path + ".modules", "too-many", "may have at most " + Rules.MAX_MODULES + " modules");
                } else {
                    for (int i = 0; i < modulesNode.size(); i++) {
                        CourseDocument.Module module = module(modulesNode.get(i), path + ".modules[" + i + "]");
                        if (module != null) {
                            modules.add(module);
                        }
                    }
                }
            }
            int lessons = modules.stream().mapToInt(m -> m.lessons().size()).sum();
            if (lessons > Rules.MAX_LESSONS) {
                errors.add(path + ".modules", "too-many-lessons",
                        "a course may have at most " + Rules.MAX_LESSONS + " lessons; this one has " + lessons);
            }
            if (errors.count() > before) {
                return null;
            }
            return new CourseDocument.Course(uuid(node), slug, title, description, level, category, hours,
                    Boolean.TRUE.equals(paid), price, enrollment, track, modules);
        }

        private CourseDocument.@Nullable Track track(JsonNode node, String path) {
            if (!node.isObject()) {
                errors.add(path, "not-an-object", "must be an object");
                return null;
            }
            only(node, path, Set.of("id", "slug", "title", "description", "domain"));
            int before = errors.count();
            String slug = Rules.slug(errors, path + ".slug", string(node, path, "slug", false));
            LocalizedText title = Rules.text(errors, path + ".title", texts(node, path, "title"), defaultLocale,
                    Rules.MAX_TITLE, false, true);
            LocalizedText description = Rules.text(errors, path + ".description", texts(node, path, "description"),
                    defaultLocale, Rules.MAX_DESCRIPTION, true, false);
            CourseDocument.Domain domain = null;
            JsonNode domainNode = node.get("domain");
            if (domainNode != null && !domainNode.isNull()) {
                String at = path + ".domain";
                if (!domainNode.isObject()) {
                    errors.add(at, "not-an-object", "must be an object");
                } else {
                    only(domainNode, at, Set.of("id", "slug", "title"));
                    String domainSlug = Rules.slug(errors, at + ".slug", string(domainNode, at, "slug", false));
                    LocalizedText domainTitle = Rules.text(errors, at + ".title", texts(domainNode, at, "title"),
                            defaultLocale, Rules.MAX_TITLE, false, true);
                    domain = new CourseDocument.Domain(uuid(domainNode), String.valueOf(domainSlug),
                            domainTitle == null ? LocalizedText.of(defaultLocale, "-") : domainTitle);
                }
            }
            return errors.count() > before ? null
                    : new CourseDocument.Track(uuid(node), slug, title, description, domain);
        }

        private CourseDocument.@Nullable Module module(JsonNode node, String path) {
            if (!node.isObject()) {
                errors.add(path, "not-an-object", "must be an object");
                return null;
            }
            only(node, path, Set.of("id", "title", "lessons"));
            int before = errors.count();
            LocalizedText title = Rules.text(errors, path + ".title", texts(node, path, "title"), defaultLocale,
                    Rules.MAX_TITLE, false, true);
            List<CourseDocument.Lesson> lessons = new ArrayList<>();
            JsonNode lessonsNode = array(node, path, "lessons");
            if (lessonsNode != null) {
                if (lessonsNode.size() > Rules.MAX_LESSONS) {
                    errors.add(path + ".lessons", "too-many", "may have at most " + Rules.MAX_LESSONS + " lessons");
                } else {
                    for (int i = 0; i < lessonsNode.size(); i++) {
                        CourseDocument.Lesson lesson = lesson(lessonsNode.get(i), path + ".lessons[" + i + "]");
                        if (lesson != null) {
                            lessons.add(lesson);
                        }
                    }
                }
            }
            return errors.count() > before ? null : new CourseDocument.Module(uuid(node), title, lessons);
        }

        private CourseDocument.@Nullable Lesson lesson(JsonNode node, String path) {
            if (!node.isObject()) {
                errors.add(path, "not-an-object", "must be an object");
                return null;
            }
            only(node, path, Set.of("id", "title", "kind", "estimatedMinutes", "conceptKeys", "blocks"));
            int before = errors.count();
            LocalizedText title = Rules.text(errors, path + ".title", texts(node, path, "title"), defaultLocale,
                    Rules.MAX_TITLE, false, true);
            LessonKind kind = enumeration(node, path, "kind", LessonKind.class);
            JsonNode minutesNode = node.get("estimatedMinutes");
            Integer minutes = null;
            if (minutesNode != null && !minutesNode.isNull()) {
                if (minutesNode.isIntegralNumber() && minutesNode.canConvertToInt()) {
                    minutes = minutesNode.intValue();
                } else {
                    errors.add(path + ".estimatedMinutes", "wrong-type", "must be a whole number");
                }
            }
            int estimated = minutesNode == null || minutes != null
                    ? Rules.minutes(errors, path + ".estimatedMinutes", minutes) : 0;
            List<String> keys = new ArrayList<>();
            JsonNode keysNode = node.get("conceptKeys");
            if (keysNode != null && !keysNode.isNull()) {
                if (!keysNode.isArray()) {
                    errors.add(path + ".conceptKeys", "wrong-type", "must be a list of strings");
                } else {
                    for (JsonNode key : keysNode) {
                        keys.add(key.isString() ? key.asString() : null);
                    }
                }
            }
            List<String> conceptKeys = Rules.conceptKeys(errors, path + ".conceptKeys", keys);
            List<BlockContent> blocks = new ArrayList<>();
            JsonNode blocksNode = array(node, path, "blocks");
            if (blocksNode != null) {
                if (blocksNode.size() > Rules.MAX_BLOCKS) {
                    errors.add(path + ".blocks", "too-many", "may have at most " + Rules.MAX_BLOCKS + " blocks");
                } else {
                    for (int i = 0; i < blocksNode.size(); i++) {
                        BlockContent block = block(blocksNode.get(i), path + ".blocks[" + i + "]");
                        if (block != null) {
                            blocks.add(block);
                        }
                    }
                }
            }
            return errors.count() > before ? null
                    : new CourseDocument.Lesson(uuid(node), title, kind, estimated, conceptKeys, blocks);
        }

        private @Nullable BlockContent block(JsonNode node, String path) {
            if (!node.isObject()) {
                errors.add(path, "not-an-object", "must be an object");
                return null;
            }
            only(node, path, Set.of("type", "text", "language", "code", "caption", "asset", "alt", "style",
                    "itemRef", "prompt"));
            int before = errors.count();
            BlockInput input = new BlockInput(String.valueOf(string(node, path, "type", false)),
                    texts(node, path, "text"), string(node, path, "language", false), string(node, path, "code", false),
                    texts(node, path, "caption"), string(node, path, "asset", false), texts(node, path, "alt"),
                    string(node, path, "style", false), string(node, path, "itemRef", false),
                    texts(node, path, "prompt"));
            if (errors.count() > before) {
                return null;
            }
            return Rules.block(errors, path, input, defaultLocale);
        }

        // ---- typed fields

        private void only(JsonNode node, String path, Set<String> allowed) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!allowed.contains(field.getKey())) {
                    errors.add(join(path, field.getKey()), "unknown-field", "is not a field of the course format");
                }
            }
        }

        private @Nullable String string(JsonNode node, String path, String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    errors.add(join(path, field), "required", "is required");
                }
                return null;
            }
            if (!value.isString()) {
                errors.add(join(path, field), "wrong-type", "must be a string");
                return null;
            }
            return value.asString();
        }

        private @Nullable Map<String, String> texts(JsonNode node, String path, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                errors.add(join(path, field), "wrong-type", "must be an object from locale to text");
                return null;
            }
            Map<String, String> texts = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                if (!entry.getValue().isString()) {
                    errors.add(join(path, field) + "." + entry.getKey(), "wrong-type", "must be a string");
                } else {
                    texts.put(entry.getKey(), entry.getValue().asString());
                }
            }
            return texts;
        }

        private <E extends Enum<E>> @Nullable E enumeration(JsonNode node, String path, String field, Class<E> type) {
            String value = string(node, path, field, true);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                errors.add(join(path, field), "unknown-value", "must be one of "
                        + java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }

        private @Nullable BigDecimal decimal(JsonNode node, String path, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                errors.add(join(path, field), "wrong-type", "must be a number");
                return null;
            }
            return value.decimalValue();
        }

        private @Nullable Boolean bool(JsonNode node, String path, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                errors.add(join(path, field), "wrong-type", "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        private @Nullable JsonNode array(JsonNode node, String path, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                errors.add(join(path, field), "required", "must be a list");
                return null;
            }
            if (!value.isArray()) {
                errors.add(join(path, field), "wrong-type", "must be a list");
                return null;
            }
            return value;
        }

        private static @Nullable UUID uuid(JsonNode node) {
            JsonNode id = node.get("id");
            if (id == null || !id.isString()) {
                return null;
            }
            try {
                return UUID.fromString(id.asString());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String join(String path, String field) {
            return path.isEmpty() ? field : path + "." + field;
        }
    }
}
