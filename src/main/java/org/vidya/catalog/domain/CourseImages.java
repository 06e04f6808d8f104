package org.vidya.catalog.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.catalog.CourseId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.ApiException;

import static org.vidya.catalog.domain.CourseAuthoring.authorTenant;

/**
 * The images of a course, for people with {@code CONTENT_AUTHOR}: kept in the database beside
 * the course (so they stay within its tenant), type taken from the bytes, never changed under
 * their name.
 */
@Service
public class CourseImages {

    /** An image of a course; {@code url} is where pages fetch it. */
    public record AssetView(String name, String contentType, int size, String url, Instant createdAt) {
    }

    private final Courses courses;
    private final Assets assets;
    private final Blocks blocks;
    private final CourseVersions versions;
    private final TenantTransactions transactions;
    private final Clock clock;

    CourseImages(Courses courses, Assets assets, Blocks blocks, CourseVersions versions,
            TenantTransactions transactions, Clock clock) {
        this.courses = courses;
        this.assets = assets;
        this.blocks = blocks;
        this.versions = versions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public List<AssetView> assets(CourseId courseId) {
        return read(() -> {
            Course course = find(courseId);
            return assets.infos(course.id()).stream().map(a -> new AssetView(a.name(), a.contentType(), a.size(),
                    RenderedCourse.assetUrl(courseId, a.name()), a.createdAt())).toList();
        });
    }

    /**
     * Adds an image under a name that no image of the course has yet (an image's bytes never
     * change under its name, so pages may cache it for long).
     */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public AssetView addAsset(CourseId courseId, String name, byte[] bytes) {
        String type = ImageAssets.contentType(name, bytes);
        return write(() -> {
            Course course = find(courseId);
            if (assets.existsByCourseIdAndName(course.id(), name)) {
                throw ApiException.conflict("asset-exists", "The course already has an image called " + name
                        + "; images never change under their name, so choose another.");
            }
            if (assets.infos(course.id()).size() >= ImageAssets.MAX_COUNT) {
                throw ApiException.conflict("too-many-assets", "A course has at most " + ImageAssets.MAX_COUNT
                        + " images.");
            }
            if (assets.totalSize(course.id()) + bytes.length > ImageAssets.MAX_TOTAL_BYTES) {
                throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                        "A course's images may take at most 50 MB in all.");
            }
            Asset asset = assets.save(new Asset(course.id(), name, type, bytes, clock.instant()));
            return new AssetView(asset.name(), asset.contentType(), asset.size(),
                    RenderedCourse.assetUrl(courseId, name), asset.createdAt());
        });
    }

    /** An image of a course of the author's tenant, drafts included (for preview). */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public AssetFile asset(CourseId courseId, String name) {
        return read(() -> {
            Course course = find(courseId);
            return assets.findByCourseIdAndName(course.id(), name)
                    .map(a -> new AssetFile(a.name(), a.contentType(), a.content()))
                    .orElseThrow(CourseImages::assetNotFound);
        });
    }

    /** Deletes an image that neither the draft nor the published version shows. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteAsset(CourseId courseId, String name) {
        write(() -> {
            Course course = find(courseId);
            Asset asset = assets.findByCourseIdAndName(course.id(), name)
                    .orElseThrow(CourseImages::assetNotFound);
            String reference = CourseFormat.ASSET_PREFIX + name;
            boolean inDraft = blocks.findByCourseIdOrderByPosition(course.id()).stream()
                    .anyMatch(b -> b.content() instanceof BlockContent.Image i && i.asset().equals(reference));
            boolean inVersion = course.publishedVersion() > 0 && versions
                    .findByCourseIdAndNumber(course.id(), course.publishedVersion())
                    .map(v -> v.content().contains("\"" + reference + "\"")).orElse(false);
            if (inDraft || inVersion) {
                throw ApiException.conflict("asset-in-use", "A lesson shows this image; remove it there first.");
            }
            assets.delete(asset);
            return null;
        });
    }

    private Course find(CourseId id) {
        return courses.findById(id.value()).orElseThrow(() -> CourseAuthoring.notFound("course"));
    }

    private <T> T read(Supplier<T> work) {
        return transactions.read(authorTenant(), work);
    }

    private <T> T write(Supplier<T> work) {
        return transactions.write(authorTenant(), work);
    }

    static ApiException assetNotFound() {
        return ApiException.notFound("asset-not-found", "The course has no image of this name.");
    }
}
