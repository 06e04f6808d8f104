package org.vidya.catalog.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.DomainId;
import org.vidya.catalog.TrackId;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;

import static org.vidya.catalog.domain.CourseAuthoring.authorTenant;
import static org.vidya.catalog.domain.CourseAuthoring.notFound;

/**
 * Authoring of the catalog's shelves for people with {@code CONTENT_AUTHOR}: domains (broad
 * subjects) and tracks (ordered paths of courses), in the author's tenant or, for a platform
 * admin outside tenants, the platform's.
 */
@Service
public class TrackAuthoring {

    /** A domain's or a track's fields; a track may belong to a domain. */
    public record TrackFields(@Nullable String slug, @Nullable String defaultLocale,
            @Nullable Map<String, String> title, @Nullable Map<String, String> description,
            @Nullable UUID domainId) {
    }

    private final Tracks tracks;
    private final SubjectDomains domains;
    private final Courses courses;
    private final TenantTransactions transactions;
    private final Clock clock;

    TrackAuthoring(Tracks tracks, SubjectDomains domains, Courses courses, TenantTransactions transactions,
            Clock clock) {
        this.tracks = tracks;
        this.domains = domains;
        this.courses = courses;
        this.transactions = transactions;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public List<DomainView> domains() {
        TenantId owner = authorTenant();
        return read(() -> domains.findAllByOrderBySlug().stream().map(d -> domainView(d, owner)).toList());
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public DomainView createDomain(String slug, String defaultLocale, Map<String, String> title) {
        TenantId owner = authorTenant();
        return write(() -> {
            Errors errors = new Errors();
            String locale = Rules.locale(errors, "defaultLocale", defaultLocale);
            String clean = Rules.slug(errors, "slug", slug);
            LocalizedText text = locale == null ? null
                    : Rules.text(errors, "title", title, locale, Rules.MAX_TITLE, false, true);
            errors.throwIfAny();
            if (domains.findBySlug(clean).isPresent()) {
                throw slugTaken("domain");
            }
            return domainView(domains.save(new SubjectDomain(clean, text, clock.instant())), owner);
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public DomainView updateDomain(DomainId id, String slug, Map<String, String> title) {
        TenantId owner = authorTenant();
        return write(() -> {
            SubjectDomain domain = domains.findById(id.value()).orElseThrow(() -> notFound("domain"));
            Errors errors = new Errors();
            String clean = Rules.slug(errors, "slug", slug);
            LocalizedText text = Rules.text(errors, "title", title, domain.title().defaultLocale(), Rules.MAX_TITLE,
                    false, true);
            errors.throwIfAny();
            if (domains.findBySlug(clean).filter(d -> !d.id().equals(domain.id())).isPresent()) {
                throw slugTaken("domain");
            }
            domain.update(clean, text);
            return domainView(domain, owner);
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteDomain(DomainId id) {
        write(() -> {
            SubjectDomain domain = domains.findById(id.value()).orElseThrow(() -> notFound("domain"));
            if (tracks.existsByDomainId(domain.id())) {
                throw ApiException.conflict("domain-in-use", "Tracks belong to this domain; move them first.");
            }
            domains.delete(domain);
            return null;
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public List<TrackView> tracks() {
        TenantId owner = authorTenant();
        return read(() -> {
            List<Track> all = tracks.findAllByOrderBySlug();
            Map<UUID, List<Course>> members = new LinkedHashMap<>();
            if (!all.isEmpty()) {
                courses.findByTrackIdIn(all.stream().map(Track::id).toList()).stream()
                        .sorted(Comparator.comparingInt(Course::trackPosition))
                        .forEach(c -> members.computeIfAbsent(c.trackId(), k -> new ArrayList<>()).add(c));
            }
            return all.stream().map(t -> trackView(t, owner, members.getOrDefault(t.id(), List.of()))).toList();
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public TrackView createTrack(TrackFields fields) {
        TenantId owner = authorTenant();
        return write(() -> {
            Errors errors = new Errors();
            String locale = Rules.locale(errors, "defaultLocale", fields.defaultLocale());
            TrackChecked checked = checkTrack(errors, fields, locale, null);
            Track track = tracks.save(new Track(fields.domainId(), checked.slug(), checked.title(),
                    checked.description(), clock.instant()));
            return trackView(track, owner, List.of());
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public TrackView updateTrack(TrackId id, TrackFields fields) {
        TenantId owner = authorTenant();
        return write(() -> {
            Track track = tracks.findById(id.value()).orElseThrow(() -> notFound("track"));
            TrackChecked checked = checkTrack(new Errors(), fields, track.title().defaultLocale(), track.id());
            track.update(fields.domainId(), checked.slug(), checked.title(), checked.description());
            return trackView(track, owner, courses.findByTrackIdOrderByTrackPosition(track.id()));
        });
    }

    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public void deleteTrack(TrackId id) {
        write(() -> {
            Track track = tracks.findById(id.value()).orElseThrow(() -> notFound("track"));
            if (!courses.findByTrackIdOrderByTrackPosition(track.id()).isEmpty()) {
                throw ApiException.conflict("track-in-use", "Courses belong to this track; move them first.");
            }
            tracks.delete(track);
            return null;
        });
    }

    /** Puts a track's courses in this order, made from the track at {@code expectedRevision}. */
    @PreAuthorize("hasAuthority('CONTENT_AUTHOR')")
    public TrackView reorderTrack(TrackId id, List<CourseId> order, long expectedRevision) {
        TenantId owner = authorTenant();
        return write(() -> {
            Track track = tracks.findById(id.value()).orElseThrow(() -> notFound("track"));
            List<Course> current = courses.findByTrackIdOrderByTrackPosition(track.id());
            Ordering.check(current.stream().map(Course::id).toList(), order.stream().map(CourseId::value).toList(),
                    track.revision(), expectedRevision);
            Map<UUID, Course> byId = CourseAuthoring.byId(current, Course::id);
            for (int i = 0; i < order.size(); i++) {
                byId.get(order.get(i).value()).placeInTrack(i + 1);
            }
            track.reordered();
            return trackView(track, owner, order.stream().map(c -> byId.get(c.value())).toList());
        });
    }

    private record TrackChecked(String slug, LocalizedText title, @Nullable LocalizedText description) {
    }

    private TrackChecked checkTrack(Errors errors, TrackFields fields, @Nullable String locale, @Nullable UUID self) {
        String slug = Rules.slug(errors, "slug", fields.slug());
        LocalizedText title = locale == null ? null
                : Rules.text(errors, "title", fields.title(), locale, Rules.MAX_TITLE, false, true);
        LocalizedText description = locale == null ? null
                : Rules.text(errors, "description", fields.description(), locale, Rules.MAX_DESCRIPTION, true, false);
        if (fields.domainId() != null && domains.findById(fields.domainId()).isEmpty()) {
            errors.add("domainId", "unknown-domain", "is not a domain of yours");
        }
        errors.throwIfAny();
        if (tracks.findBySlug(slug).filter(t -> !t.id().equals(self)).isPresent()) {
            throw slugTaken("track");
        }
        return new TrackChecked(slug, title, description);
    }

    static TrackView trackView(Track track, TenantId owner, List<Course> members) {
        return new TrackView(new TrackId(track.id()), owner, track.slug(), track.title(), track.description(),
                track.domainId() == null ? null : new DomainId(track.domainId()), track.revision(),
                members.stream().map(c -> new CourseId(c.id())).toList());
    }

    private static DomainView domainView(SubjectDomain domain, TenantId owner) {
        return new DomainView(new DomainId(domain.id()), owner, domain.slug(), domain.title());
    }

    private <T> T read(Supplier<T> work) {
        return transactions.read(authorTenant(), work);
    }

    private <T> T write(Supplier<T> work) {
        return transactions.write(authorTenant(), work);
    }

    private static ApiException slugTaken(String what) {
        return new ApiException(HttpStatus.CONFLICT, "slug-taken", "Another " + what + " already has this slug.",
                List.of(new FieldViolation("slug", "taken", "is taken")), null);
    }
}
