package org.vidya.catalog.web;

import java.math.BigDecimal;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.catalog.domain.TrackAuthoring.TrackFields;
import org.vidya.catalog.domain.TrackView;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Courses;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

@PageTest
class CatalogPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;

    // The page tests share one context, whose platform tenant list shows the oldest tenants first:
    // a class makes its tenants once, so that other classes' tenants stay on that list's first page.
    static TestTenant school;
    static TestTenant other;

    @BeforeEach
    void oneTenantForTheClass() {
        if (school == null) {
            school = data.tenant();
            other = data.tenant();
        }
    }

    @Test
    void showsTheTenantsAndThePlatformsPublishedCoursesMarkedAndNothingElse() throws Exception {
        String word = "Reef" + TestData.suffix();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline own = courses.publish(school.id(), word + " Biology", 1, 2);
        CourseOutline platform = courses.publish(TenantId.PLATFORM, word + " Oceans", 1, 1);
        CourseOutline foreign = courses.publish(other.id(), word + " Secret", 1, 1);
        CourseDraft draft = courses.draft(school.id(), word + " Unfinished", 1, 1);

        Document page = html(mvc.perform(get("/catalog").param("q", word).with(as(learner)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=course-card] .course-title").eachText())
                .containsExactly(word + " Biology", word + " Oceans");
        assertThat(card(page, own.id()).select("[data-testid=tenant-owned]")).hasSize(1);
        assertThat(card(page, platform.id()).select("[data-testid=platform-wide]").text()).isEqualTo("Vidya library");
        assertThat(card(page, own.id()).select("a").attr("href")).isEqualTo("/courses/" + own.id());
        assertThat(card(page, own.id()).text()).contains("Beginner", "Testing", "2.5", "Free");
        assertThat(page.select("[data-testid=catalog-count]").text()).isEqualTo("2 courses");
        assertThat(page.text()).doesNotContain(foreign.summary().title(), draft.title().defaultText());
    }

    @Test
    void filtersByLevelCategoryPriceAndTrackAndSaysWhenNothingMatches() throws Exception {
        String word = "Comet" + TestData.suffix();
        Person learner = data.member(school, Role.LEARNER);
        TrackView track = courses.as(school.id(), () -> courses.tracks().createTrack(new TrackFields(
                Courses.slug("astronomy"), "en", Map.of("en", word + " Astronomy"), null, null)));
        CourseOutline first = published(school.id(), word + " Orbits", CourseLevel.INTERMEDIATE, "Physics", false,
                track);
        CourseOutline second = published(school.id(), word + " Telescopes", CourseLevel.BEGINNER, "Physics", true,
                track);
        CourseOutline loose = published(school.id(), word + " Stargazing", CourseLevel.BEGINNER, "Hobbies", false,
                null);

        assertThat(titles("q", word, "level", "INTERMEDIATE", learner)).containsExactly(word + " Orbits");
        assertThat(titles("q", word, "category", "physics", learner))
                .containsExactly(word + " Orbits", word + " Telescopes");
        assertThat(titles("q", word, "price", "paid", learner)).containsExactly(word + " Telescopes");
        assertThat(titles("q", word, "price", "free", learner)).containsExactly(word + " Orbits", word + " Stargazing");
        assertThat(titles("q", word, "track", track.id().toString(), learner))
                .containsExactly(word + " Orbits", word + " Telescopes");

        Document nothing = html(mvc.perform(get("/catalog").param("q", word).param("level", "EXPERT")
                .with(as(learner))).andExpect(status().isOk()).andReturn());
        assertThat(nothing.select("[data-testid=course-card]")).isEmpty();
        assertThat(nothing.select("[data-testid=catalog-empty]").text()).contains("No course matches these filters");
        assertThat(nothing.select("#catalog-level option[selected]").attr("value")).isEqualTo("EXPERT");

        // The track lists its courses in the track's order, each linking to its course page.
        Document page = html(mvc.perform(get("/catalog").with(as(learner))).andReturn());
        Element trackCard = page.select("[data-testid=track]").stream()
                .filter(t -> t.text().contains(word + " Astronomy")).findFirst().orElseThrow();
        assertThat(trackCard.select("li a").eachText()).containsExactly(word + " Orbits", word + " Telescopes");
        assertThat(trackCard.select("li a").eachAttr("href"))
                .containsExactly("/courses/" + first.id(), "/courses/" + second.id());
        assertThat(page.select("#catalog-category option").eachText()).contains("Physics", "Hobbies");
        assertThat(loose.id()).isNotNull();
    }

    @Test
    void answersHtmxWithTheResultsOnly() throws Exception {
        String word = "Nebula" + TestData.suffix();
        Person learner = data.member(school, Role.LEARNER);
        courses.publish(school.id(), word + " Light", 1, 1);

        String body = mvc.perform(get("/catalog").param("q", word).header("HX-Request", "true").with(as(learner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).doesNotContain("<html", "catalog-filters").contains("id=\"catalog-results\"");
        assertThat(org.jsoup.Jsoup.parse(body).select("[data-testid=course-card] .course-title").eachText())
                .containsExactly(word + " Light");
    }

    @Test
    void refusesAFilterThatIsNotOne() throws Exception {
        Person learner = data.member(school, Role.LEARNER);
        mvc.perform(get("/catalog").param("level", "WIZARD").accept(MediaType.TEXT_HTML).with(as(learner)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/catalog").param("track", "not-a-track").accept(MediaType.TEXT_HTML).with(as(learner)))
                .andExpect(status().isBadRequest());
    }

    private java.util.List<String> titles(String name1, String value1, String name2, String value2, Person who)
            throws Exception {
        return html(mvc.perform(get("/catalog").param(name1, value1).param(name2, value2).with(as(who)))
                .andExpect(status().isOk()).andReturn()).select("[data-testid=course-card] .course-title").eachText();
    }

    private CourseOutline published(TenantId owner, String title, CourseLevel level, String category, boolean paid,
            TrackView track) {
        CourseDraft draft = courses.draft(owner, title, 1, 1, paid);
        courses.as(owner, () -> courses.authoring().updateCourse(draft.id(), new CourseFields(draft.slug(), null,
                Map.of("en", title), Map.of("en", "About " + title), level, category, new BigDecimal("3"), paid,
                paid ? new BigDecimal("199") : null, paid ? EnrollmentPolicy.KEY : EnrollmentPolicy.OPEN,
                track == null ? null : track.id().value())));
        courses.as(owner, () -> courses.authoring().publish(draft.id()));
        return courses.outline(owner, draft.id());
    }

    private static Element card(Document page, CourseId id) {
        return page.select("[data-testid=course-card][data-course=" + id + "]").first();
    }
}
