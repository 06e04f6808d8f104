package org.vidya.catalog.web;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.TrackId;
import org.vidya.catalog.domain.PublishedCatalog;
import org.vidya.catalog.domain.PublishedTrack;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.PageAccess;

/**
 * The catalog as learners browse it: published courses of the tenant and of the platform as
 * cards, narrowed by level, category, track, price and a text search (htmx swaps only the
 * results), and the tracks with their courses in order. Each card leads to the course page.
 */
@Controller
class CatalogPageController {

    static final int MAX_SEARCH = 100;

    /** The filters as the form shows them; blank means "any". */
    record Filters(String q, String level, String category, String track, String price) {

        public boolean any() {
            return !(q.isEmpty() && level.isEmpty() && category.isEmpty() && track.isEmpty() && price.isEmpty());
        }
    }

    private final CatalogManagement catalog;
    private final PublishedCatalog published;

    CatalogPageController(CatalogManagement catalog, PublishedCatalog published) {
        this.catalog = catalog;
        this.published = published;
    }

    @GetMapping("/catalog")
    String browse(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String track,
            @RequestParam(required = false) @Nullable String price, Locale locale, HttpServletRequest request,
            Model model) {
        PageAccess.require(Permission.CATALOG_READ);
        Filters filters = new Filters(clean(q), clean(level), clean(category), clean(track), clean(price));
        if (filters.q().length() > MAX_SEARCH) {
            throw ApiException.invalid("q", "too-long", "must be at most " + MAX_SEARCH + " characters");
        }
        CourseLevel chosenLevel = CatalogPages.choice(filters.level(), CourseLevel.class, "level");
        java.util.UUID chosenTrack = CatalogPages.uuid(filters.track(), "track");
        Boolean paid = switch (filters.price()) {
            case "" -> null;
            case "free" -> false;
            case "paid" -> true;
            default -> throw ApiException.invalid("price", "wrong-type", "must be free or paid");
        };
        List<CourseSummary> courses = catalog.browse(new CatalogQuery(filters.q().isEmpty() ? null : filters.q(),
                chosenLevel, filters.category().isEmpty() ? null : filters.category(),
                chosenTrack == null ? null : new TrackId(chosenTrack), paid), locale);
        model.addAttribute("courses", courses);
        model.addAttribute("filters", filters);
        if (CatalogPages.isHtmx(request)) {
            return "catalog/browse :: results";
        }
        List<CourseSummary> all = filters.any() ? catalog.browse(CatalogQuery.all(), locale) : courses;
        Collator collator = Collator.getInstance(locale);
        TreeSet<String> categories = new TreeSet<>(collator);
        all.forEach(c -> categories.add(c.category()));
        List<PublishedTrack> tracks = published.tracks(locale).stream().filter(t -> !t.courses().isEmpty()).toList();
        model.addAttribute("levels", CourseLevel.values());
        model.addAttribute("categories", categories);
        model.addAttribute("tracks", tracks);
        return "catalog/browse";
    }

    private static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
