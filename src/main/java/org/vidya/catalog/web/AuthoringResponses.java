package org.vidya.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.CoursePackages;
import org.vidya.catalog.domain.DomainView;
import org.vidya.catalog.domain.LocalizedText;
import org.vidya.catalog.domain.TrackView;
import org.vidya.platform.TenantId;

/**
 * What the authoring API answers. Localized texts are objects from locale to text, the default
 * locale first. {@code revision} is what a new order of the thing's children is sent with
 * (as {@code expectedVersion}).
 */
final class AuthoringResponses {

    private AuthoringResponses() {
    }

    record CourseRowResponse(UUID id, String slug, LocalizedText title, CourseLevel level, boolean published,
            int publishedVersion, boolean changedSincePublish, Instant updatedAt) {

        static CourseRowResponse of(CourseAuthoring.CourseRow r) {
            return new CourseRowResponse(r.id().value(), r.slug(), r.title(), r.level(), r.published(),
                    r.publishedVersion(), r.changedSincePublish(), r.updatedAt());
        }
    }

    record LessonRowResponse(UUID id, LocalizedText title, LessonKind kind, int estimatedMinutes, int position) {
    }

    record ModuleResponse(UUID id, LocalizedText title, int position, long revision,
            List<LessonRowResponse> lessons) {

        static ModuleResponse of(CourseAuthoring.ModuleDraft m) {
            return new ModuleResponse(m.id().value(), m.title(), m.position(), m.revision(), m.lessons().stream()
                    .map(l -> new LessonRowResponse(l.id().value(), l.title(), l.kind(), l.estimatedMinutes(),
                            l.position()))
                    .toList());
        }
    }

    record CourseDraftResponse(UUID id, boolean platformWide, String slug, LocalizedText title,
            @Nullable LocalizedText description, String defaultLocale, CourseLevel level, String category,
            BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price, EnrollmentPolicy enrollment,
            boolean hasEnrollmentKey, @Nullable UUID trackId, boolean published, int publishedVersion,
            boolean changedSincePublish, @Nullable Instant publishedAt, long revision, Instant updatedAt,
            List<ModuleResponse> modules) {

        static CourseDraftResponse of(CourseAuthoring.CourseDraft d) {
            return new CourseDraftResponse(d.id().value(), d.platformWide(), d.slug(), d.title(), d.description(),
                    d.defaultLocale(), d.level(), d.category(), d.estimatedHours(), d.paid(), d.price(),
                    d.enrollment(), d.hasEnrollmentKey(), d.track() == null ? null : d.track().value(),
                    d.published(), d.publishedVersion(), d.changedSincePublish(), d.publishedAt(), d.revision(),
                    d.updatedAt(), d.modules().stream().map(ModuleResponse::of).toList());
        }
    }

    record BlockResponse(UUID id, int position, BlockInput block) {

        static BlockResponse of(CourseAuthoring.BlockDraft b) {
            return new BlockResponse(b.id(), b.position(), b.content());
        }
    }

    record LessonDraftResponse(UUID id, UUID courseId, UUID moduleId, LocalizedText title, LessonKind kind,
            int estimatedMinutes, List<String> conceptKeys, long revision, List<BlockResponse> blocks) {

        static LessonDraftResponse of(CourseAuthoring.LessonDraft l) {
            return new LessonDraftResponse(l.id().value(), l.course().value(), l.module().value(), l.title(),
                    l.kind(), l.estimatedMinutes(), l.conceptKeys(), l.revision(),
                    l.blocks().stream().map(BlockResponse::of).toList());
        }
    }

    record AssetResponse(String name, String contentType, int size, String url, Instant createdAt) {

        static AssetResponse of(CourseId course, CourseImages.AssetView a) {
            return new AssetResponse(a.name(), a.contentType(), a.size(),
                    "/api/v1/authoring/courses/" + course + "/assets/" + a.name(), a.createdAt());
        }
    }

    record DomainResponse(UUID id, boolean platformWide, String slug, LocalizedText title) {

        static DomainResponse of(DomainView d) {
            return new DomainResponse(d.id().value(), TenantId.PLATFORM.equals(d.owner()), d.slug(), d.title());
        }
    }

    record TrackResponse(UUID id, boolean platformWide, String slug, LocalizedText title,
            @Nullable LocalizedText description, @Nullable UUID domainId, long revision, List<UUID> courses) {

        static TrackResponse of(TrackView t) {
            return new TrackResponse(t.id().value(), TenantId.PLATFORM.equals(t.owner()), t.slug(), t.title(),
                    t.description(), t.domain() == null ? null : t.domain().value(), t.revision(),
                    t.courses().stream().map(CourseId::value).toList());
        }
    }

    record ImportResponse(boolean dryRun, String slug, LocalizedText title, int modules, int lessons, int blocks,
            List<String> assets, @Nullable CourseDraftResponse course) {

        static ImportResponse of(CoursePackages.ImportReport r) {
            return new ImportResponse(r.dryRun(), r.slug(), r.title(), r.modules(), r.lessons(), r.blocks(),
                    r.assets(), r.course() == null ? null : CourseDraftResponse.of(r.course()));
        }
    }
}
