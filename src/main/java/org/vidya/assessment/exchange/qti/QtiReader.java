package org.vidya.assessment.exchange.qti;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.exchange.ParseResult.ParsedTest;

/**
 * Reads a QTI file: one item, or a content package (zip) of items and a test. QTI 2.x and 3.0 are
 * both read, whichever the caller asked for. Problems become errors; no exception escapes.
 */
final class QtiReader {

    private final List<ParsedItem> items = new ArrayList<>();
    private final List<ItemError> errors = new ArrayList<>();
    // Package paths and identifiers of items read, to their position in items.
    private final Map<String, Integer> byPath = new HashMap<>();
    private final Map<String, Integer> byIdentifier = new HashMap<>();
    private @Nullable ParsedTest test;

    private QtiReader() {
    }

    static ParseResult parse(byte[] content) {
        QtiReader reader = new QtiReader();
        try {
            if (content.length == 0) {
                throw new XmlProblem("empty-file", 0, "The file is empty.");
            }
            if (QtiZip.isZip(content)) {
                reader.readPackage(QtiZip.xmlFiles(content));
            } else {
                reader.readSingle(content);
            }
        } catch (XmlProblem problem) {
            reader.fileError(problem.line(), problem.code(), problem.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            reader.items.clear();
            reader.test = null;
            reader.fileError(0, "unreadable", "The file could not be read as QTI.");
        }
        return new ParseResult(reader.items, reader.errors, reader.test);
    }

    private void readSingle(byte[] content) throws XmlProblem {
        XmlNode root = SafeXml.parse(content);
        switch (root.name()) {
            case "assessmentItem" -> readItem(0, root, "");
            case "assessmentTest" -> throw new XmlProblem("test-without-items", root.line(),
                    "This is an assessment test, which names its items in other files. Upload the content package "
                            + "(.zip with imsmanifest.xml) that holds the test and its items.");
            case "manifest" -> throw new XmlProblem("manifest-without-package", root.line(),
                    "This is a package manifest. Upload the whole content package (.zip) instead.");
            default -> throw new XmlProblem("not-qti", root.line(), "Expected a QTI assessment item, assessment test "
                    + "or content package; found <" + root.sourceName() + ">.");
        }
    }

    private void readPackage(Map<String, byte[]> files) throws XmlProblem {
        String manifestPath = files.keySet().stream()
                .filter(p -> p.equals(QtiPackageWriter.MANIFEST) || p.endsWith("/" + QtiPackageWriter.MANIFEST))
                .min(Comparator.comparingInt(String::length)).orElse(null);
        List<String> itemPaths = new ArrayList<>();
        List<String> testPaths = new ArrayList<>();
        Map<String, XmlNode> parsed = new HashMap<>();
        if (manifestPath != null) {
            XmlNode manifest;
            try {
                manifest = SafeXml.parse(files.get(manifestPath));
            } catch (XmlProblem problem) {
                throw new XmlProblem(problem.code(), problem.line(), manifestPath + ": " + problem.getMessage());
            }
            for (XmlNode resource : manifest.descendants().filter(n -> n.name().equals("resource")).toList()) {
                String type = resource.attr("type", "");
                String href = resource.attr("href");
                if (href == null) {
                    href = resource.first("file").map(f -> f.attr("href")).orElse(null);
                }
                if (href == null || !type.startsWith("imsqti_item") && !type.startsWith("imsqti_test")) {
                    continue;
                }
                String base = resource.attr("xml:base", "");
                String path = QtiZip.resolve(manifestPath, base.isEmpty() ? href
                        : (base.endsWith("/") ? base : base + "/") + href);
                if (path == null) {
                    throw new XmlProblem("unsafe-path", resource.line(), "The manifest names a file outside the "
                            + "package: '" + QtiItemReader.abbreviate(href) + "'.");
                }
                (type.startsWith("imsqti_item") ? itemPaths : testPaths).add(path);
            }
        } else {
            // A zip of QTI files without a manifest: every item and test in it, by name.
            for (String path : files.keySet().stream().sorted().toList()) {
                try {
                    XmlNode root = SafeXml.parse(files.get(path));
                    parsed.put(path, root);
                    if (root.name().equals("assessmentItem")) {
                        itemPaths.add(path);
                    } else if (root.name().equals("assessmentTest")) {
                        testPaths.add(path);
                    }
                } catch (XmlProblem problem) {
                    itemPaths.add(path);
                }
            }
        }
        if (itemPaths.isEmpty()) {
            throw new XmlProblem("no-items", 0, "The package holds no QTI items.");
        }
        for (int index = 0; index < itemPaths.size(); index++) {
            String path = itemPaths.get(index);
            byte[] bytes = files.get(path);
            if (bytes == null) {
                errors.add(new ItemError(index, 0, null, "missing-file", "The package has no file '"
                        + QtiItemReader.abbreviate(path) + "'."));
                continue;
            }
            try {
                XmlNode root = parsed.containsKey(path) ? parsed.get(path) : SafeXml.parse(bytes);
                readItem(index, root, path);
            } catch (XmlProblem problem) {
                errors.add(new ItemError(index, problem.line(), null, problem.code(), path + ": "
                        + problem.getMessage()));
            }
        }
        if (!testPaths.isEmpty()) {
            readTest(testPaths.getFirst(), files.get(testPaths.getFirst()), parsed.get(testPaths.getFirst()));
        }
    }

    private void readItem(int index, XmlNode root, String path) {
        QtiItemReader.Result result = QtiItemReader.read(root);
        String where = path.isEmpty() ? "" : path + ": ";
        for (QtiItemReader.Problem problem : result.problems()) {
            errors.add(new ItemError(index, problem.line() == 0 ? root.line() : problem.line(), problem.field(),
                    problem.code(), where + problem.message()));
        }
        if (result.draft() != null) {
            byPath.put(path, items.size());
            String identifier = root.attr("identifier");
            if (identifier != null) {
                byIdentifier.putIfAbsent(identifier.strip(), items.size());
            }
            items.add(new ParsedItem(index, root.line(), result.draft()));
        }
    }

    private void readTest(String path, byte @Nullable [] bytes, @Nullable XmlNode parsed) {
        if (bytes == null) {
            fileError(0, "missing-file", "The package has no file '" + QtiItemReader.abbreviate(path) + "'.");
            return;
        }
        XmlNode root;
        try {
            root = parsed != null ? parsed : SafeXml.parse(bytes);
        } catch (XmlProblem problem) {
            fileError(problem.line(), problem.code(), path + ": " + problem.getMessage());
            return;
        }
        if (!root.name().equals("assessmentTest")) {
            fileError(root.line(), "not-a-test", path + ": expected an assessment test, found <" + root.sourceName()
                    + ">.");
            return;
        }
        List<ParsedTest.Section> sections = new ArrayList<>();
        for (XmlNode part : root.all("testPart")) {
            sections(part, path, sections);
        }
        if (sections.size() == 1 && sections.getFirst().timeLimit() == null) {
            Duration inherited = root.all("testPart").stream().map(QtiReader::timeLimit)
                    .filter(d -> d != null).findFirst().orElse(timeLimit(root));
            ParsedTest.Section only = sections.getFirst();
            sections.set(0, new ParsedTest.Section(only.title(), only.items(), inherited));
        }
        String title = root.attr("title", root.attr("identifier", "Test")).strip();
        test = new ParsedTest(title.isEmpty() ? "Test" : title, sections);
    }

    private void sections(XmlNode parent, String testPath, List<ParsedTest.Section> out) {
        for (XmlNode section : parent.all("assessmentSection")) {
            List<Integer> members = new ArrayList<>();
            for (XmlNode ref : section.all("assessmentItemRef")) {
                Integer position = null;
                String href = ref.attr("href");
                if (href != null) {
                    String resolved = QtiZip.resolve(testPath, href);
                    position = resolved == null ? null : byPath.get(resolved);
                }
                if (position == null) {
                    position = byIdentifier.get(ref.attr("identifier", "").strip());
                }
                if (position == null) {
                    errors.add(new ItemError(-1, ref.line(), null, "missing-item", testPath + ": the test names '"
                            + QtiItemReader.abbreviate(href == null ? ref.attr("identifier", "") : href)
                            + "', which is not among the items read."));
                } else {
                    members.add(position);
                }
            }
            if (!members.isEmpty()) {
                String title = section.attr("title", section.attr("identifier", "Section " + (out.size() + 1)));
                out.add(new ParsedTest.Section(title.strip(), members, timeLimit(section)));
            }
            sections(section, testPath, out);
        }
    }

    private static @Nullable Duration timeLimit(XmlNode node) {
        return node.first("timeLimits").map(t -> Numbers.parse(t.attr("maxTime")))
                .filter(seconds -> seconds.signum() > 0 && seconds.compareTo(BigDecimal.valueOf(31_536_000)) < 0)
                .map(seconds -> Duration.ofMillis(seconds.movePointRight(3).longValue())).orElse(null);
    }

    private void fileError(int line, String code, String message) {
        errors.add(new ItemError(-1, line, null, code, message));
    }
}
