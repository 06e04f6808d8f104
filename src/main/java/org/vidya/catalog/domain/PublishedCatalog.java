package org.vidya.catalog.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.DomainId;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

/**
 * What learners (and other modules) read: published versions only, of the current tenant's
 * courses and the platform's. The platform's rows are read as the platform, in a read-only
 * transaction of their own, so the tenant filter and row-level security stay as they are.
 */
@Service
public class PublishedCatalog implements CatalogManagement {

    /** A published course as its row says: which version is current, and whose it is. */
    private record Ref(UUID id, TenantId owner, int version) {
    }

    private final Courses courses;
    private final Tracks tracks;
    private final SubjectDomains domains;
    private final Assets assets;
    private final PublishedCourses published;
    private final TenantTransactions transactions;

    PublishedCatalog(Courses courses, Tracks tracks, SubjectDomains domains, Assets assets,
            PublishedCourses published, TenantTransactions transactions) {
        this.courses = courses;
        this.tracks = tracks;
        this.domains = domains;
        this.assets = assets;
        this.published = published;
        this.transactions = transactions;
    }

    // Courses per tenant are few (tens, not thousands), so browsing filters the cached published
    // summaries in memory instead of asking the database to search localized JSON texts.
    @Override
    public List<CourseSummary> browse(CatalogQuery query, Locale locale) {
        String text = query.text() == null || query.text().isBlank() ? null
                : query.text().strip().toLowerCase(locale);
        String category = query.category() == null || query.category().isBlank() ? null : query.category().strip();
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return visible().stream()
                .map(course -> course.summary(locale))
                .filter(s -> query.level() == null || s.level() == query.level())
                .filter(s -> category == null || s.category().equalsIgnoreCase(category))
                .filter(s -> query.track() == null || query.track().equals(s.track()))
                .filter(s -> query.paid() == null || s.paid() == query.paid())
                .filter(s -> text == null || matches(s, text, locale))
                .sorted(Comparator.comparing(CourseSummary::title, collator))
                .toList();
    }

    @Override
    public Optional<CourseOutline> publishedCourse(CourseId course, Locale locale) {
        return find(course.value()).map(c -> c.outline(locale));
    }

    @Override
    public Optional<LessonContent> publishedLesson(CourseId course, LessonId lesson, Locale locale) {
        return find(course.value()).flatMap(c -> c.lesson(lesson, locale));
    }

    @Override
    public Map<CourseId, CourseSummary> summaries(Collection<CourseId> ids, Locale locale) {
        Map<CourseId, CourseSummary> found = new LinkedHashMap<>();
        for (CourseId id : ids) {
            find(id.value()).ifPresent(c -> found.put(id, c.summary(locale)));
        }
        return found;
    }

    @Override
    public boolean enrollmentKeyMatches(CourseId course, String key) {
        if (key.isEmpty() || key.length() > CourseAuthoring.MAX_KEY) {
            return false;
        }
        return ref(course.value()).map(ref -> transactions.read(ref.owner(), () -> courses.findById(ref.id())
                .map(c -> c.enrollmentKeyMatches(key)).orElse(false))).orElse(false);
    }

    /** Tracks of the current tenant and the platform, each with its visible published courses in order. */
    public List<PublishedTrack> tracks(Locale locale) {
        List<PublishedTrack> all = new ArrayList<>();
        for (TenantId owner : owners()) {
            all.addAll(transactions.read(owner, () -> {
                List<Track> list = tracks.findAllByOrderBySlug();
                if (list.isEmpty()) {
                    return List.<TrackRefs>of();
                }
                Map<UUID, List<Course>> byTrack = new LinkedHashMap<>();
                courses.findByTrackIdIn(list.stream().map(Track::id).toList()).stream()
                        .sorted(Comparator.comparingInt(Course::trackPosition))
                        .forEach(c -> byTrack.computeIfAbsent(c.trackId(), id -> new ArrayList<>()).add(c));
                return list.stream().map(t -> {
                    List<Course> members = byTrack.getOrDefault(t.id(), List.of());
                    TrackView view = TrackAuthoring.trackView(t, owner, members);
                    List<Ref> refs = members.stream().filter(Course::published)
                            .map(c -> new Ref(c.id(), owner, c.publishedVersion())).toList();
                    return new TrackRefs(view, refs);
                }).toList();
            }).stream().map(r -> new PublishedTrack(r.view(), r.refs().stream()
                    .map(ref -> render(ref).summary(locale)).toList())).toList());
        }
        all.sort(Comparator.comparing(t -> t.track().title().in(locale), Collator.getInstance(locale)));
        return all;
    }

    private record TrackRefs(TrackView view, List<Ref> refs) {
    }

    /** Domains of the current tenant and the platform. */
    public List<DomainView> domains(Locale locale) {
        List<DomainView> all = new ArrayList<>();
        for (TenantId owner : owners()) {
            all.addAll(transactions.read(owner, () -> domains.findAllByOrderBySlug().stream()
                    .map(d -> new DomainView(new DomainId(d.id()), owner, d.slug(), d.title())).toList()));
        }
        all.sort(Comparator.comparing(d -> d.title().in(locale), Collator.getInstance(locale)));
        return all;
    }

    /** An image of a published course the current tenant may see. */
    public Optional<AssetFile> publishedAsset(CourseId course, String name) {
        return ref(course.value()).flatMap(ref -> transactions.read(ref.owner(), () ->
                assets.findByCourseIdAndName(ref.id(), name)
                        .map(a -> new AssetFile(a.name(), a.contentType(), a.content()))));
    }

    // ---- visibility

    private Optional<RenderedCourse> find(UUID course) {
        return ref(course).map(this::render);
    }

    private RenderedCourse render(Ref ref) {
        return published.get(ref.owner(), ref.id(), ref.version());
    }

    private List<RenderedCourse> visible() {
        List<RenderedCourse> all = new ArrayList<>();
        for (TenantId owner : owners()) {
            transactions.read(owner, () -> courses.findByPublishedTrue().stream()
                    .map(c -> new Ref(c.id(), owner, c.publishedVersion())).toList())
                    .forEach(ref -> all.add(render(ref)));
        }
        return all;
    }

    private Optional<Ref> ref(UUID course) {
        for (TenantId owner : owners()) {
            Optional<Ref> ref = transactions.read(owner, () -> courses.findById(course).filter(Course::published)
                    .map(c -> new Ref(c.id(), owner, c.publishedVersion())));
            if (ref.isPresent()) {
                return ref;
            }
        }
        return Optional.empty();
    }

    /** Whose courses the current reader sees: their tenant's, then the platform's. */
    private static List<TenantId> owners() {
        @Nullable TenantId tenant = Tenancy.current().orElse(null);
        if (tenant == null) {
            boolean platformAdmin = CurrentUser.find().map(VidyaPrincipal::isPlatformAdmin).orElse(false);
            return platformAdmin ? List.of(TenantId.PLATFORM) : List.of();
        }
        return tenant.equals(TenantId.PLATFORM) ? List.of(TenantId.PLATFORM) : List.of(tenant, TenantId.PLATFORM);
    }

    private static boolean matches(CourseSummary s, String text, Locale locale) {
        return s.title().toLowerCase(locale).contains(text) || s.description().toLowerCase(locale).contains(text)
                || s.category().toLowerCase(locale).contains(text);
    }
}
