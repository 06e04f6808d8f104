package org.vidya.assessment.exchange.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.quiz.QuizImports;

/**
 * An IMS content package: {@code imsmanifest.xml}, one file per item under {@code items/}, and
 * {@code test.xml} when a test is given.
 */
final class QtiPackageWriter {

    static final String MANIFEST = "imsmanifest.xml";
    static final String TEST = "test.xml";
    // Entries carry a fixed time, so that the same items make the same bytes.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

    private QtiPackageWriter() {
    }

    private record Written(String externalId, String identifier, String href, byte[] xml) {
    }

    static WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test, QtiVersion version) {
        List<Written> written = new ArrayList<>();
        List<WriteResult.Skipped> skipped = new ArrayList<>();
        Set<String> identifiers = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ItemDraft draft = items.get(i);
            String externalId = draft.externalId() == null || draft.externalId().isBlank() ? "item-" + (i + 1)
                    : draft.externalId();
            String identifier = QtiIds.identifier(externalId);
            for (int n = 2; !identifiers.add(identifier); n++) {
                identifier = QtiIds.identifier(externalId) + "-" + n;
            }
            ItemDraft named = draft.withExternalId(externalId);
            try {
                XmlNode item = QtiItemWriter.write(named, identifier, version);
                written.add(new Written(externalId, identifier, "items/" + identifier + ".xml",
                        XmlWriter.write(item, version, version.namespace, version.schema)));
            } catch (QtiItemWriter.Unwritable e) {
                identifiers.remove(identifier);
                skipped.add(new WriteResult.Skipped(externalId, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // A body of a shape its type does not allow, or Markdown nested past reason:
                // the other items are still written.
                identifiers.remove(identifier);
                skipped.add(new WriteResult.Skipped(externalId, "the item's body could not be read"));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] testXml = test == null ? null : XmlWriter.write(test(test, written), version, version.namespace,
                    version.schema);
            entry(zip, MANIFEST, XmlWriter.write(manifest(written, testXml != null, version), version,
                    version.manifestNamespace, version.manifestSchema));
            for (Written item : written) {
                entry(zip, item.href(), item.xml());
            }
            if (testXml != null) {
                entry(zip, TEST, testXml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteResult(bytes.toByteArray(), skipped);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static XmlNode manifest(List<Written> items, boolean withTest, QtiVersion version) {
        XmlNode manifest = XmlNode.html("manifest").set("identifier", "MANIFEST-1");
        XmlNode metadata = manifest.add(XmlNode.html("metadata"));
        metadata.add(XmlNode.html("schema")).text(version.packageSchema);
        metadata.add(XmlNode.html("schemaversion")).text(version.packageSchemaVersion);
        manifest.add(XmlNode.html("organizations"));
        XmlNode resources = manifest.add(XmlNode.html("resources"));
        for (Written item : items) {
            resources.add(XmlNode.html("resource").set("identifier", "RES-" + item.identifier())
                    .set("type", version.itemResourceType).set("href", item.href()))
                    .add(XmlNode.html("file").set("href", item.href()));
        }
        if (withTest) {
            XmlNode resource = resources.add(XmlNode.html("resource").set("identifier", "RES-TEST")
                    .set("type", version.testResourceType).set("href", TEST));
            resource.add(XmlNode.html("file").set("href", TEST));
            for (Written item : items) {
                resource.add(XmlNode.html("dependency").set("identifierref", "RES-" + item.identifier()));
            }
        }
        return manifest;
    }

    private static XmlNode test(QuizImports.Outline outline, List<Written> items) {
        Map<String, Written> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.putIfAbsent(item.externalId(), item));
        XmlNode test = XmlNode.qti("assessmentTest").set("identifier", "TEST")
                .set("title", outline.title().isBlank() ? "Test" : outline.title());
        XmlNode part = test.add(XmlNode.qti("testPart").set("identifier", "PART-1").set("navigationMode", "nonlinear")
                .set("submissionMode", "simultaneous"));
        Set<String> refs = new HashSet<>();
        int s = 0;
        for (QuizImports.Section section : outline.sections()) {
            XmlNode out = part.add(XmlNode.qti("assessmentSection").set("identifier", "SECTION-" + (++s))
                    .set("title", section.title().isBlank() ? "Section " + s : section.title()).set("visible", "true"));
            Duration limit = section.timeLimit();
            if (limit != null && !limit.isZero() && !limit.isNegative()) {
                out.add(XmlNode.qti("timeLimits").set("maxTime",
                        Numbers.text(BigDecimal.valueOf(limit.toMillis()).movePointLeft(3))));
            }
            for (var itemId : section.items()) {
                Written item = byId.get(itemId.value().toString());
                if (item == null) {
                    continue;
                }
                String ref = item.identifier();
                for (int n = 2; !refs.add(ref); n++) {
                    ref = item.identifier() + "-" + n;
                }
                out.add(XmlNode.qti("assessmentItemRef").set("identifier", ref).set("href", item.href()));
            }
        }
        return test;
    }
}
