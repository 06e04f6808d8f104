package org.vidya.catalog.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.catalog.CourseId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Courses as packages ({@code docs/course-format.md}): export of a draft as a zip of
 * {@code course.json} and its images (never the enrollment key), and import of such a zip, or
 * of a bare {@code course.json}, as a new draft course of the current tenant with new ids.
 * Import checks everything first and creates nothing unless all of it is valid.
 */
@Service
public class CoursePackages {

    /** Most entries a package zip may have: the course, its images and a few folders. */
    static final int MAX_ENTRIES = 1 + ImageAssets.MAX_COUNT + 20;
    /** Most bytes a package may unpack to, whatever its compressed size. */
    static final long MAX_UNPACKED_BYTES = CourseFormat.MAX_JSON_BYTES + ImageAssets.MAX_TOTAL_BYTES;

    /** What an import found; {@code course} is the new draft, or null for a dry run. */
    public record ImportReport(boolean dryRun, String slug, LocalizedText title, int modules, int lessons,
            int blocks, List<String> assets, CourseAuthoring.@Nullable CourseDraft course) {
    }

    private final Courses courses;
    private final CourseModules modules;
    private final Lessons lessons;
    private final Blocks blocks;
    private final Assets assets;
    private final Tracks tracks;
    private final SubjectDomains domains;
    private final Drafts drafts;
    private final CourseAuthoring authoring;
    private final CourseImages images;
    private final TenantTransactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    CoursePackages(Courses courses, CourseModules modules, Lessons lessons, Blocks blocks, Assets assets,
            Tracks tracks, SubjectDomains domains, Drafts drafts, CourseAuthoring authoring, CourseImages images,
            TenantTransactions transactions, AuditLog audit, Clock clock) {
        this.courses = courses;
        this.modules = modules;
        this.lessons = lessons;
        this.blocks = blocks;
        this.assets = assets;
        this.tracks = tracks;
        this.domains = domains;
        this.drafts = drafts;
        this.authoring = authoring;
        this.images = images;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- export

    /**
     * Writes the course's draft as a package zip. The course is looked up before the first
     * byte is written, so an unknown course fails cleanly.
     */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void export(CourseId id, OutputStream out) throws IOException {
        record Package(byte[] json, List<String> names) {
        }
        Package pack = transactions.read(CourseAuthoring.authorTenant(), () -> {
            Course course = courses.findById(id.value()).orElseThrow(() -> CourseAuthoring.notFound("course"));
            return new Package(CourseFormat.write(drafts.document(course), false),
                    assets.infos(course.id()).stream().map(Assets.Info::name).toList());
        });
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("course.json"));
        zip.write(pack.json());
        zip.closeEntry();
        for (String name : pack.names()) {
            // One image at a time, so that an export never holds all of a course's images in memory.
            AssetFile file = images.asset(id, name);
            zip.putNextEntry(new ZipEntry(CourseFormat.ASSET_PREFIX + name));
            zip.write(file.content());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The package zip in memory, for small courses and tests. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public byte[] export(CourseId id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export(id, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    // ---- import

    /**
     * Imports a package zip or a bare {@code course.json}; {@code dryRun} only checks.
     *
     * @throws ApiException 400 listing every problem by JSON path (or zip entry), 413 for a
     *                      package that unpacks to more than allowed
     */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public ImportReport importPackage(byte[] upload, boolean dryRun) {
        if (isZip(upload)) {
            Unpacked unpacked = unpack(upload);
            return importDocument(unpacked.courseJson(), unpacked.assets(), dryRun);
        }
        return importDocument(upload, Map.of(), dryRun);
    }

    /** Imports a {@code course.json} with the images it names ({@code name → bytes}). */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public ImportReport importDocument(byte[] courseJson, Map<String, byte[]> images, boolean dryRun) {
        CourseDocument document = CourseFormat.read(courseJson);
        Errors errors = new Errors();
        Map<String, String> types = new LinkedHashMap<>();
        images.forEach((name, bytes) -> {
            try {
                types.put(name, ImageAssets.contentType(name, bytes));
            } catch (ApiException e) {
                errors.add(CourseFormat.ASSET_PREFIX + name, e.code(), e.getMessage());
            }
        });
        long total = images.values().stream().mapToLong(b -> b.length).sum();
        if (total > ImageAssets.MAX_TOTAL_BYTES) {
            errors.add("assets", "too-large", "images may take at most 50 MB in all");
        }
        if (images.size() > ImageAssets.MAX_COUNT) {
            errors.add("assets", "too-many", "a course has at most " + ImageAssets.MAX_COUNT + " images");
        }
        List<CourseDocument.Module> moduleDocs = document.course().modules();
        int blockCount = 0;
        for (int m = 0; m < moduleDocs.size(); m++) {
            List<CourseDocument.Lesson> lessonDocs = moduleDocs.get(m).lessons();
            for (int l = 0; l < lessonDocs.size(); l++) {
                List<BlockContent> blockDocs = lessonDocs.get(l).blocks();
                blockCount += blockDocs.size();
                for (int b = 0; b < blockDocs.size(); b++) {
                    if (blockDocs.get(b) instanceof BlockContent.Image image && !images.containsKey(image.assetName())) {
                        errors.add("course.modules[" + m + "].lessons[" + l + "].blocks[" + b + "].asset",
                                "missing-asset", "names " + image.asset() + ", which the package does not hold");
                    }
                }
            }
        }
        errors.throwIfAny();
        CourseDocument.Course c = document.course();
        List<String> names = List.copyOf(new TreeSet<>(images.keySet()));
        if (dryRun) {
            return new ImportReport(true, c.slug(), c.title(), moduleDocs.size(), c.lessons().size(), blockCount,
                    names, null);
        }
        CourseAuthoring.CourseDraft created = transactions.write(CourseAuthoring.authorTenant(),
                () -> create(document, images, types));
        audit.record(AuditRecord.success(CourseAuthoring.authorTenant(), CurrentUser.id(), "course.imported",
                "course", created.id(), created.slug()));
        return new ImportReport(false, created.slug(), c.title(), moduleDocs.size(), c.lessons().size(), blockCount,
                names, created);
    }

    private CourseAuthoring.CourseDraft create(CourseDocument document, Map<String, byte[]> images,
            Map<String, String> types) {
        Instant now = clock.instant();
        CourseDocument.Course c = document.course();
        Track track = c.track() == null ? null : track(c.track(), now);
        Course course = new Course(freeSlug(c.slug()), document.defaultLocale(), now);
        course.update(course.slug(), c.title(), c.description(), c.level(), c.category(), c.estimatedHours(),
                c.paid(), c.price(), c.enrollment(), track == null ? null : track.id(),
                track == null ? 0 : courses.lastTrackPosition(track.id()) + 1, now);
        courses.save(course);
        images.forEach((name, bytes) -> assets.save(new Asset(course.id(), name, types.get(name), bytes, now)));
        int m = 0;
        for (CourseDocument.Module moduleDoc : c.modules()) {
            CourseModule module = modules.save(new CourseModule(course.id(), m++, moduleDoc.title()));
            int l = 0;
            for (CourseDocument.Lesson lessonDoc : moduleDoc.lessons()) {
                Lesson lesson = lessons.save(new Lesson(course.id(), module.id(), l++, lessonDoc.title(),
                        lessonDoc.kind(), lessonDoc.estimatedMinutes(), lessonDoc.conceptKeys()));
                int b = 0;
                for (BlockContent block : lessonDoc.blocks()) {
                    blocks.save(new Block(course.id(), lesson.id(), b++, block));
                }
            }
        }
        return drafts.view(course);
    }

    // A package's track and domain join the tenant's of the same slug, or are made.
    private Track track(CourseDocument.Track doc, Instant now) {
        return tracks.findBySlug(doc.slug()).orElseGet(() -> {
            SubjectDomain domain = doc.domain() == null ? null : domains.findBySlug(doc.domain().slug())
                    .orElseGet(() -> domains.save(new SubjectDomain(doc.domain().slug(), doc.domain().title(), now)));
            return tracks.save(new Track(domain == null ? null : domain.id(), doc.slug(), doc.title(),
                    doc.description(), now));
        });
    }

    // An imported course keeps its slug unless the tenant has one already: then it gets -2, -3, …
    private String freeSlug(String slug) {
        if (!courses.existsBySlug(slug)) {
            return slug;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = (slug.length() + suffix.length() > 64 ? slug.substring(0, 64 - suffix.length())
                    : slug) + suffix;
            if (!courses.existsBySlug(candidate)) {
                return candidate;
            }
        }
    }

    // ---- zip

    record Unpacked(byte[] courseJson, Map<String, byte[]> assets) {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The entries of a package zip, read with guards against zip bombs: entries are counted and
     * their bytes measured as they unpack, never trusted from the zip's own headers.
     */
    static Unpacked unpack(byte[] zipBytes) {
        Errors errors = new Errors();
        byte[] courseJson = null;
        Map<String, byte[]> images = new LinkedHashMap<>();
        Set<String> seen = new TreeSet<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw ApiException.invalid("file", "too-many-entries",
                            "a package holds at most " + MAX_ENTRIES + " files");
                }
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store")
                        || name.equals(".DS_Store")) {
                    continue;
                }
                if (!seen.add(name)) {
                    errors.add(name, "duplicate-entry", "is in the package twice");
                    continue;
                }
                boolean isCourse = name.equals("course.json");
                boolean isAsset = name.startsWith(CourseFormat.ASSET_PREFIX)
                        && Rules.ASSET_NAME.matcher(name.substring(CourseFormat.ASSET_PREFIX.length())).matches();
                if (!isCourse && !isAsset) {
                    errors.add(name.length() > 120 ? name.substring(0, 120) : name, "unexpected-entry",
                            "a package holds only course.json and images under assets/");
                    continue;
                }
                long limit = isCourse ? CourseFormat.MAX_JSON_BYTES : ImageAssets.MAX_BYTES;
                byte[] bytes = read(zip, limit, MAX_UNPACKED_BYTES - unpacked, name);
                unpacked += bytes.length;
                if (isCourse) {
                    courseJson = bytes;
                } else {
                    images.put(name.substring(CourseFormat.ASSET_PREFIX.length()), bytes);
                }
            }
        } catch (ZipException e) {
            throw ApiException.invalid("file", "malformed-zip", "is not a readable zip file");
        } catch (IOException e) {
            throw ApiException.invalid("file", "malformed-zip", "is not a readable zip file");
        }
        if (courseJson == null) {
            errors.add("course.json", "required", "the package has no course.json at its top");
        }
        errors.throwIfAny();
        return new Unpacked(courseJson, images);
    }

    private static byte[] read(InputStream in, long entryLimit, long totalLeft, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long size = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            size += n;
            if (size > entryLimit) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                        name + " unpacks to more than " + entryLimit + " bytes.");
            }
            if (size > totalLeft) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                        "The package unpacks to more than " + MAX_UNPACKED_BYTES + " bytes.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
