package org.vidya.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.quiz.QuizImports;
import org.vidya.assessment.spi.ItemType;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;

/**
 * Imports files into item banks and exports banks and tests, in every {@link ItemFormat} there is.
 * An import reads the whole file first and reports every item with its problems; only a real
 * import (not a dry run) saves, and then only the items without problems, in one transaction.
 */
@Service
public class ItemExchange {

    /** Most items one file may hold. */
    public static final int MAX_ITEMS = 2_000;

    static final int MAX_TITLE = 200;
    static final int MAX_CONCEPTS = 20;
    static final java.util.regex.Pattern CONCEPT_KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final int MAX_TEXT = 20_000;
    static final int MAX_BODY_CHARS = 64 * 1024;
    static final BigDecimal MAX_MARKS = BigDecimal.valueOf(1000);

    private final Map<String, ItemFormat> formats = new TreeMap<>();
    private final ItemBankImports bank;
    private final ObjectProvider<QuizImports> quizzes;
    private final ItemTypes types;
    private final ExchangeProperties properties;

    public ItemExchange(List<ItemFormat> formats, @Lazy ItemBankImports bank, ObjectProvider<QuizImports> quizzes,
            @Lazy ItemTypes types, ExchangeProperties properties) {
        for (ItemFormat format : formats) {
            if (this.formats.put(format.id(), format) != null) {
                throw new IllegalStateException("Two item formats share the id " + format.id());
            }
        }
        this.bank = bank;
        this.quizzes = quizzes;
        this.types = types;
        this.properties = properties;
    }

    /** The format ids {@code ?format=} accepts, sorted. */
    public List<String> formatIds() {
        return List.copyOf(formats.keySet());
    }

    /** The format, or a 400 problem {@code unknown-format} listing the known ones. */
    public ItemFormat format(String id) {
        ItemFormat format = formats.get(id);
        if (format == null) {
            throw ApiException.badRequest("unknown-format", "There is no format '" + shorten(id) + "'; the formats are "
                    + String.join(", ", formats.keySet()) + ".").with("formats", formatIds());
        }
        return format;
    }

    public long maxFileBytes() {
        return properties.maxFileSize().toBytes();
    }

    /** A 413 problem {@code file-too-large} when a file of this size is over the limit. */
    public void requireSize(long bytes) {
        if (bytes > maxFileBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "The file is " + bytes
                    + " bytes; imports take at most " + maxFileBytes() + " bytes.").with("limit", maxFileBytes());
        }
    }

    /** A 403 problem unless the caller may manage item banks. */
    public void requireManager() {
        requirePermission(Permission.ITEM_BANK_MANAGE);
    }

    /** Checks the caller may manage item banks and may change this one (404 when it is not visible). */
    public void requireWritable(ItemBankId id) {
        requirePermission(Permission.ITEM_BANK_MANAGE);
        bank.requireWritable(id);
    }

    // ---- import

    /** Reads the file and reports every item; unless {@code dryRun}, saves the valid ones. */
    @Transactional
    public ImportReport importFile(ItemBankId id, String formatId, byte[] content, boolean dryRun) {
        requirePermission(Permission.ITEM_BANK_MANAGE);
        ItemFormat format = format(formatId);
        requireSize(content.length);
        if (content.length == 0) {
            throw ApiException.invalid("file", "empty-file", "The file is empty.");
        }
        bank.requireWritable(id);
        ParseResult parsed = parse(format, content);
        if (parsed.items().isEmpty()) {
            unreadable(parsed);
        }
        if (parsed.items().size() > MAX_ITEMS) {
            throw ApiException.invalid("file", "too-many-items", "The file holds " + parsed.items().size()
                    + " items; one import takes at most " + MAX_ITEMS + ".");
        }
        Preview preview = preview(parsed);
        if (dryRun || preview.valid.isEmpty()) {
            return preview.report(format.id(), dryRun, Map.of(), parsed.test(), null);
        }
        List<ItemDraft> drafts = preview.valid.stream().map(ParsedItem::draft).toList();
        List<ItemId> ids = bank.save(id, drafts);
        Map<Integer, UUID> created = new LinkedHashMap<>();
        for (int i = 0; i < preview.valid.size() && i < ids.size(); i++) {
            created.put(preview.valid.get(i).index(), ids.get(i).value());
        }
        UUID quiz = null;
        ParseResult.ParsedTest test = parsed.test();
        if (test != null) {
            quiz = createTest(test, parsed.items(), created);
        }
        return preview.report(format.id(), false, created, test, quiz);
    }

    /** A file nothing could be read from is a 400 problem with the file error's own code and line. */
    private static void unreadable(ParseResult parsed) {
        ItemError error = parsed.errors().stream().filter(e -> e.index() < 0).findFirst().orElse(null);
        if (error != null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, error.code(), error.message(),
                    List.of(new FieldViolation("file", error.code(), error.message())), null)
                    .with("line", error.line());
        }
    }

    private static ParseResult parse(ItemFormat format, byte[] content) {
        try {
            return format.parse(content);
        } catch (RuntimeException | StackOverflowError e) {
            // A format that fails on a hostile file still gives the caller an answer, never a 500.
            return new ParseResult(List.of(), List.of(new ItemError(-1, 1, null, "unreadable-file",
                    "The file cannot be read as " + format.id() + ".")), null);
        }
    }

    private @Nullable UUID createTest(ParseResult.ParsedTest test, List<ParsedItem> items, Map<Integer, UUID> created) {
        List<QuizImports.Section> sections = new ArrayList<>();
        for (ParseResult.ParsedTest.Section section : test.sections()) {
            List<ItemId> ids = new ArrayList<>();
            for (int position : section.items()) {
                if (position >= 0 && position < items.size()) {
                    UUID itemId = created.get(items.get(position).index());
                    if (itemId != null) {
                        ids.add(new ItemId(itemId));
                    }
                }
            }
            if (!ids.isEmpty()) {
                sections.add(new QuizImports.Section(section.title(), ids, section.timeLimit()));
            }
        }
        QuizImports tests = quizzes.getIfAvailable();
        if (sections.isEmpty() || tests == null) {
            return null;
        }
        return tests.createFixedForm(test.title(), sections).value();
    }

    private final class Preview {
        final List<ImportReport.Item> entries = new ArrayList<>();
        final List<ImportReport.FileError> fileErrors = new ArrayList<>();
        final List<ParsedItem> valid = new ArrayList<>();
        final List<ParsedItem> items;

        Preview(List<ParsedItem> items) {
            this.items = items;
        }

        ImportReport report(String format, boolean dryRun, Map<Integer, UUID> created,
                ParseResult.@Nullable ParsedTest test, @Nullable UUID quiz) {
            List<ImportReport.Item> withIds = entries.stream().map(entry -> created.containsKey(entry.index())
                    ? new ImportReport.Item(entry.index(), entry.line(), entry.type(), entry.title(), entry.externalId(),
                            entry.text(), entry.category(), entry.primaryConcept(), entry.secondaryConcepts(),
                            entry.marks(), entry.explanation(), entry.answers(), entry.body(), entry.errors(),
                            created.get(entry.index()))
                    : entry).toList();
            List<Integer> refused = entries.stream().filter(entry -> !entry.valid()).map(ImportReport.Item::index)
                    .toList();
            ImportReport.Test testView = null;
            if (test != null) {
                testView = new ImportReport.Test(test.title(), test.sections().stream()
                        .map(section -> new ImportReport.Section(section.title(), section.items().stream()
                                .map(position -> position >= 0 && position < items.size()
                                        ? items.get(position).index() : position).toList(),
                                section.timeLimit() == null ? null : section.timeLimit().toSeconds()))
                        .toList());
            }
            return new ImportReport(format, dryRun, withIds, fileErrors, valid.size(), refused,
                    List.copyOf(created.values()), testView, quiz);
        }
    }

    private Preview preview(ParseResult parsed) {
        Preview preview = new Preview(parsed.items());
        Map<Integer, List<ImportReport.Problem>> problems = new TreeMap<>();
        Map<Integer, ParsedItem> byIndex = new TreeMap<>();
        for (ParsedItem item : parsed.items()) {
            byIndex.put(item.index(), item);
        }
        for (ItemError error : parsed.errors()) {
            if (error.index() < 0) {
                preview.fileErrors.add(new ImportReport.FileError(error.line(), error.code(), error.message()));
            } else {
                problems.computeIfAbsent(error.index(), index -> new ArrayList<>()).add(new ImportReport.Problem(
                        error.line(), error.field(), error.code(), error.message()));
            }
        }
        TreeSet<Integer> indexes = new TreeSet<>(byIndex.keySet());
        indexes.addAll(problems.keySet());
        for (int index : indexes) {
            List<ImportReport.Problem> errors = new ArrayList<>(problems.getOrDefault(index, List.of()));
            ParsedItem item = byIndex.get(index);
            if (item == null) {
                int line = errors.isEmpty() ? 0 : errors.getFirst().line();
                preview.entries.add(new ImportReport.Item(index, line, null, null, null, null, null, null, List.of(),
                        null, null, List.of(), null, errors, null));
                continue;
            }
            ItemDraft draft = item.draft();
            errors.addAll(validate(draft, item.line()));
            preview.entries.add(new ImportReport.Item(index, item.line(), draft.type(), draft.title(),
                    draft.externalId(), text(draft), draft.categoryPath(), draft.primaryConcept(),
                    draft.secondaryConcepts(), draft.marks(), draft.explanation(),
                    AnswerSummaries.of(draft.type(), draft.body()), draft.body(), errors, null));
            if (errors.isEmpty()) {
                preview.valid.add(item);
            }
        }
        return preview;
    }

    private static @Nullable String text(ItemDraft draft) {
        String prompt = ItemBodies.optionalText(draft.body(), "prompt");
        return prompt != null ? prompt : ItemBodies.optionalText(draft.body(), "text");
    }

    /** What the bank will check again on save: the type's body rules and the common fields' limits. */
    private List<ImportReport.Problem> validate(ItemDraft draft, int line) {
        List<ImportReport.Problem> errors = new ArrayList<>();
        ItemType type = types.find(draft.type()).orElse(null);
        if (type == null) {
            errors.add(new ImportReport.Problem(line, "type", "unknown-item-type",
                    "There is no item type '" + draft.type() + "'."));
        } else if (draft.body().toString().length() > MAX_BODY_CHARS) {
            errors.add(new ImportReport.Problem(line, "body", "too-large", "The item is larger than 64 KB."));
        } else {
            for (FieldViolation violation : type.validate(draft.body())) {
                errors.add(new ImportReport.Problem(line, "body." + violation.field(), violation.code(),
                        violation.message()));
            }
        }
        line(errors, line, "title", draft.title(), MAX_TITLE);
        line(errors, line, "source", draft.source(), MAX_TITLE);
        if (draft.explanation() != null && draft.explanation().length() > MAX_TEXT) {
            errors.add(new ImportReport.Problem(line, "explanation", "too-long", "The explanation is over "
                    + MAX_TEXT + " characters."));
        }
        if (draft.marks().signum() <= 0 || draft.marks().compareTo(MAX_MARKS) > 0
                || draft.marks().stripTrailingZeros().scale() > 2) {
            errors.add(new ImportReport.Problem(line, "marks", "out-of-range",
                    "Marks are above 0 and at most 1000, with at most 2 decimals."));
        }
        if (draft.negativeMarks().signum() < 0 || draft.negativeMarks().compareTo(MAX_MARKS) > 0
                || draft.negativeMarks().stripTrailingZeros().scale() > 2) {
            errors.add(new ImportReport.Problem(line, "negativeMarks", "out-of-range",
                    "Negative marks are between 0 and 1000, with at most 2 decimals."));
        }
        if (draft.primaryConcept() != null && !CONCEPT_KEY.matcher(draft.primaryConcept()).matches()) {
            errors.add(new ImportReport.Problem(line, "primaryConcept", "invalid-concept-key",
                    "A concept key is lower-case letters, digits, '.', '_' or '-' (at most 100)."));
        }
        if (draft.secondaryConcepts().size() > MAX_CONCEPTS) {
            errors.add(new ImportReport.Problem(line, "secondaryConcepts", "too-many",
                    "An item has at most " + MAX_CONCEPTS + " secondary concepts."));
        }
        for (int i = 0; i < draft.secondaryConcepts().size(); i++) {
            if (!CONCEPT_KEY.matcher(draft.secondaryConcepts().get(i)).matches()) {
                errors.add(new ImportReport.Problem(line, "secondaryConcepts[" + i + "]", "invalid-concept-key",
                        "A concept key is lower-case letters, digits, '.', '_' or '-' (at most 100)."));
            }
        }
        if (draft.year() != null && (draft.year() < 1900 || draft.year() > 2100)) {
            errors.add(new ImportReport.Problem(line, "year", "out-of-range", "The year is between 1900 and 2100."));
        }
        String category = draft.categoryPath();
        if (category != null && (category.length() > 500 || java.util.Arrays.stream(category.split("/", -1))
                .anyMatch(String::isBlank))) {
            errors.add(new ImportReport.Problem(line, "category", "bad-category",
                    "A category path is names separated by / (at most 500 characters)."));
        }
        return errors;
    }

    private static void line(List<ImportReport.Problem> errors, int line, String field, @Nullable String value,
            int max) {
        if (value == null) {
            return;
        }
        if (value.strip().length() > max) {
            errors.add(new ImportReport.Problem(line, field, "too-long", "The " + field + " is over " + max
                    + " characters."));
        } else if (value.strip().chars().anyMatch(c -> c < 0x20)) {
            errors.add(new ImportReport.Problem(line, field, "control-characters", "The " + field
                    + " is one line of text."));
        }
    }

    // ---- export

    /** A written file to download and the items the format left out. */
    public record ExportFile(String filename, String mediaType, byte[] content, List<WriteResult.Skipped> skipped) {

        public ExportFile {
            skipped = List.copyOf(skipped);
        }
    }

    /** The bank's items (or one category's) in a format; 404 when the bank is not visible. */
    @Transactional(readOnly = true)
    public ExportFile exportBank(ItemBankId id, String formatId, @Nullable UUID category) {
        requirePermission(Permission.ITEM_BANK_MANAGE);
        ItemFormat format = format(formatId);
        bank.requireReadable(id);
        WriteResult written = format.write(bank.export(id, category), null);
        return new ExportFile("item-bank-" + id + "." + format.fileExtension(), format.mediaType(), written.content(),
                written.skipped());
    }

    /** A fixed-form test with its items, in a format that carries tests (QTI). */
    @Transactional(readOnly = true)
    public ExportFile exportQuiz(QuizId id, String formatId) {
        requirePermission(Permission.TESTS_MANAGE);
        ItemFormat format = format(formatId);
        if (!formatId.startsWith("qti")) {
            throw ApiException.badRequest("format-without-tests", "Tests are exported as qti21 or qti30; '"
                    + formatId + "' holds items only.").with("formats", formatIds().stream()
                    .filter(known -> known.startsWith("qti")).toList());
        }
        QuizImports tests = quizzes.getIfAvailable();
        if (tests == null) {
            throw ApiException.notFound("quiz-not-found", "No such test.");
        }
        QuizImports.Outline outline = tests.outline(id);
        List<ItemId> items = outline.sections().stream().flatMap(section -> section.items().stream()).distinct()
                .toList();
        WriteResult written = format.write(bank.exportItems(items), outline);
        return new ExportFile("test-" + id + "." + format.fileExtension(), format.mediaType(), written.content(),
                written.skipped());
    }

    private static void requirePermission(Permission permission) {
        if (!CurrentUser.get().has(permission)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }

    private static String shorten(String text) {
        String printable = Objects.toString(text, "").replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
