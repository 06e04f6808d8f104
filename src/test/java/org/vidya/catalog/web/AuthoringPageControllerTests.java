package org.vidya.catalog.web;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.ModuleDraft;
import org.vidya.platform.Role;
import org.vidya.platform.web.Notice;
import org.vidya.support.Courses;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class AuthoringPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;

    // The page tests share one context, whose platform tenant list shows the oldest tenants first:
    // a class makes its tenants once, so that other classes' tenants stay on that list's first page.
    static TestTenant school;

    @BeforeEach
    void oneTenantForTheClass() {
        if (school == null) {
            school = data.tenant();
        }
    }

    @Test
    void anAuthorCreatesEditsAndPublishesACourseThatLearnersThenFind() throws Exception {
        Person author = data.member(school, "Kiran Author", Role.CONTENT_CREATOR);
        Person learner = data.member(school, Role.LEARNER);
        String word = "Tides" + TestData.suffix();

        mvc.perform(get("/authoring").with(as(author))).andExpect(status().isOk());

        // A course without a title is refused with a summary that links to the field.
        Document blank = html(mvc.perform(post("/authoring/new").with(csrf()).with(as(author))
                .param("defaultLocale", "en").param("title.en", " ").param("level", "BEGINNER")
                .param("category", "Science").param("estimatedHours", "4").param("enrollment", "OPEN"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(blank.select("[data-testid=form-errors] a").eachAttr("href")).contains("#title.en");
        assertThat(blank.getElementById("title.en-error")).isNotNull();
        assertThat(blank.getElementById("category").val()).isEqualTo("Science");

        String location = mvc.perform(post("/authoring/new").with(csrf()).with(as(author))
                .param("defaultLocale", "en").param("title.en", word + " and Moon").param("title.hi", "ज्वार")
                .param("description.en", "Why the sea rises twice a day.").param("level", "BEGINNER")
                .param("category", "Science").param("estimatedHours", "4").param("enrollment", "OPEN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/authoring/courses/");
        CourseId id = CourseId.of(location.substring("/authoring/courses/".length()));

        Document created = html(mvc.perform(get(location).with(as(author))).andExpect(status().isOk()).andReturn());
        assertThat(created.select("[data-testid=course-title]").text()).isEqualTo(word + " and Moon");
        assertThat(created.select("[data-testid=status]").attr("data-status")).isEqualTo("draft");
        assertThat(created.getElementById("details-slug").val())
                .isEqualTo(word.toLowerCase(java.util.Locale.ROOT) + "-and-moon");
        assertThat(created.getElementById("details-title.hi").val()).isEqualTo("ज्वार");

        // Details: a wrong number is shown at its field, a right one is saved.
        Document wrong = html(mvc.perform(post(location).with(csrf()).with(as(author))
                .params(details(created, "estimatedHours", "lots"))).andExpect(status().isBadRequest()).andReturn());
        assertThat(wrong.getElementById("details-estimatedHours-error").text()).contains("number");
        mvc.perform(post(location).with(csrf()).with(as(author))
                .params(details(created, "level", "INTERMEDIATE", "category", "Earth science")))
                .andExpect(redirectedUrl(location));

        mvc.perform(post(location + "/modules").with(csrf()).with(as(author)).param("title.en", "Gravity"))
                .andExpect(redirectedUrl(location));
        UUID module = courses.as(school.id(), () -> courses.authoring().course(id)).modules().getFirst().id().value();
        String lesson = mvc.perform(post(location + "/modules/" + module + "/lessons").with(csrf()).with(as(author))
                .param("title.en", "Why two tides").param("kind", "CONCEPT_INTRO").param("estimatedMinutes", "12"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(lesson).startsWith(location + "/lessons/");
        mvc.perform(post(lesson + "/blocks").with(csrf()).with(as(author)).param("type", "markdown")
                .param("text.en", "The Moon pulls the **near** side of the sea."))
                .andExpect(redirectedUrl(lesson));

        mvc.perform(post(location + "/publish").with(csrf()).with(as(author))).andExpect(redirectedUrl(location))
                .andExpect(flash().attribute("notice", Notice.of("catalog.notice.published", "1")));
        Document published = html(mvc.perform(get(location).with(as(author))).andReturn());
        assertThat(published.select("[data-testid=status]").attr("data-status")).isEqualTo("published");
        assertThat(published.select("[data-testid=publish]")).isEmpty();
        assertThat(published.select("[data-testid=delete-course]")).isEmpty();
        Document notDeleted = html(mvc.perform(post(location + "/delete").with(csrf()).with(as(author)))
                .andExpect(status().isConflict()).andReturn());
        assertThat(notDeleted.select("#delete [data-testid=form-errors]").text()).contains("Unpublish");

        Document catalog = html(mvc.perform(get("/catalog").param("q", word).with(as(learner))).andReturn());
        assertThat(catalog.select("[data-testid=course-card]").text()).contains(word + " and Moon", "Intermediate",
                "Earth science");

        // A change after publishing is a draft until published again.
        mvc.perform(post(location + "/modules").with(csrf()).with(as(author)).param("title.en", "Sun"))
                .andExpect(redirectedUrl(location));
        Document changed = html(mvc.perform(get("/authoring").with(as(author))).andReturn());
        assertThat(row(changed, id).select("[data-testid=status]").attr("data-status")).isEqualTo("changed");
        assertThat(html(mvc.perform(get(location).with(as(author))).andReturn()).select("[data-testid=publish]").text())
                .isEqualTo("Publish the changes");

        mvc.perform(post(location + "/unpublish").with(csrf()).with(as(author))).andExpect(redirectedUrl(location));
        assertThat(html(mvc.perform(get("/catalog").param("q", word).with(as(learner))).andReturn())
                .select("[data-testid=course-card]")).isEmpty();
    }

    @Test
    void publishingAnEmptyCourseIsExplainedAtThePublishButtonAndTheDraftCanBeDeleted() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Empty " + TestData.suffix(), 0, 0);

        Document page = html(mvc.perform(post("/authoring/courses/{id}/publish", course.id().value()).with(csrf())
                .with(as(author))).andExpect(status().isConflict()).andReturn());
        assertThat(page.select("[data-testid=publishing] [data-testid=form-errors]").text())
                .contains("at least one lesson");

        // A course learners never saw can be deleted.
        mvc.perform(post("/authoring/courses/{id}/delete", course.id().value()).with(csrf()).with(as(author)))
                .andExpect(redirectedUrl("/authoring"));
        mvc.perform(get("/authoring/courses/{id}", course.id().value()).accept(MediaType.TEXT_HTML).with(as(author)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMoveMadeFromAnOutdatedPageIsRefusedWithAMessageAndTheCurrentOrder() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Stale " + TestData.suffix(), 2, 1);
        String location = "/authoring/courses/" + course.id();

        Document seen = html(mvc.perform(get(location).with(as(author))).andReturn());
        // Someone else adds a module after the page was shown.
        courses.as(school.id(), () -> courses.authoring().addModule(course.id(), java.util.Map.of("en", "Extra")));

        Document refused = html(mvc.perform(moveDown(seen, 0).with(as(author))).andExpect(status().isConflict())
                .andReturn());
        assertThat(refused.select("[data-testid=stale-order]").text()).contains("your move was not made");
        assertThat(refused.select("[data-testid=module] h3").eachText()).containsExactly(
                "Module 1 of " + course.title().defaultText(), "Module 2 of " + course.title().defaultText(), "Extra");

        // The same through htmx: the structure alone, with the message, ready to swap in place.
        Document htmx = fragment(mvc.perform(moveDown(seen, 0).header("HX-Request", "true").with(as(author)))
                .andExpect(status().isConflict()).andReturn());
        assertThat(htmx.select("#structure [data-testid=stale-order]")).hasSize(1);
        assertThat(htmx.select("html")).isEmpty();
        assertThat(names(course)).containsExactly("Module 1 of " + course.title().defaultText(),
                "Module 2 of " + course.title().defaultText(), "Extra");
    }

    @Test
    void movesModulesAndLessonsWithUpAndDownButtons() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Order " + TestData.suffix(), 2, 2);
        String location = "/authoring/courses/" + course.id();
        String title = course.title().defaultText();

        Document page = html(mvc.perform(get(location).with(as(author))).andReturn());
        assertThat(page.select("[data-testid=module]").first().select("[data-testid=move-up]").first()
                .hasAttr("disabled")).isTrue();
        Document moved = fragment(mvc.perform(moveDown(page, 0).header("HX-Request", "true").with(as(author)))
                .andExpect(status().isOk()).andReturn());
        assertThat(moved.select("[data-testid=module] h3").eachText())
                .containsExactly("Module 2 of " + title, "Module 1 of " + title);
        assertThat(moved.select("#move-status").text()).isEqualTo("Moved.");
        assertThat(names(course)).containsExactly("Module 2 of " + title, "Module 1 of " + title);

        // Without htmx the page reloads; the second lesson of the (now first) module moves up.
        Document reloaded = html(mvc.perform(get(location).with(as(author))).andReturn());
        Element lessonUp = reloaded.select("[data-testid=module]").first().select("[data-testid=lesson]").get(1)
                .select("[data-testid=move-up]").first();
        mvc.perform(submit(lessonUp.parent()).with(as(author))).andExpect(redirectedUrl(location));
        ModuleDraft first = courses.as(school.id(), () -> courses.authoring().course(course.id())).modules().getFirst();
        assertThat(first.lessons().stream().map(l -> l.title().defaultText()))
                .containsExactly("Lesson 2.2", "Lesson 2.1");
    }

    @Test
    void renamesAndDeletesModules() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Rename " + TestData.suffix(), 2, 1);
        String location = "/authoring/courses/" + course.id();
        UUID module = course.modules().getFirst().id().value();

        Document blank = html(mvc.perform(post(location + "/modules/" + module).with(csrf()).with(as(author))
                .param("title.en", "")).andExpect(status().isBadRequest()).andReturn());
        assertThat(blank.getElementById("module-" + module + "-title.en-error")).isNotNull();
        assertThat(blank.select("details[open]")).hasSize(1);

        mvc.perform(post(location + "/modules/" + module).with(csrf()).with(as(author))
                .param("title.en", "Basics").param("title.km", "មូលដ្ឋាន")).andExpect(redirectedUrl(location));
        assertThat(names(course).getFirst()).isEqualTo("Basics");
        mvc.perform(post(location + "/modules/" + module + "/delete").with(csrf()).with(as(author)))
                .andExpect(redirectedUrl(location));
        assertThat(names(course)).containsExactly("Module 2 of " + course.title().defaultText());
    }

    @Test
    void createsATrackAndPutsACourseInIt() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        Person learner = data.member(school, Role.LEARNER);
        String word = "Path" + TestData.suffix();
        CourseDraft course = courses.draft(school.id(), word + " One", 1, 1);

        Document refused = html(mvc.perform(post("/authoring/tracks").with(csrf()).with(as(author))
                .param("title.en", "")).andExpect(status().isBadRequest()).andReturn());
        assertThat(refused.getElementById("track-title.en-error")).isNotNull();
        assertThat(refused.selectFirst("[data-testid=new-track]").hasAttr("open")).isTrue();

        mvc.perform(post("/authoring/tracks").with(csrf()).with(as(author)).param("title.en", word + " Track")
                .param("description.en", "Start here.")).andExpect(redirectedUrl("/authoring"));
        Document list = html(mvc.perform(get("/authoring").with(as(author))).andReturn());
        assertThat(list.select("[data-testid=authoring-tracks]").text()).contains(word + " Track", "no courses");

        String location = "/authoring/courses/" + course.id();
        Document page = html(mvc.perform(get(location).with(as(author))).andReturn());
        String track = page.select("#details-trackId option").stream().filter(o -> o.text().equals(word + " Track"))
                .findFirst().orElseThrow().val();
        mvc.perform(post(location).with(csrf()).with(as(author)).params(details(page, "trackId", track)))
                .andExpect(redirectedUrl(location));
        mvc.perform(post(location + "/publish").with(csrf()).with(as(author))).andExpect(redirectedUrl(location));

        Document catalog = html(mvc.perform(get("/catalog").with(as(learner))).andReturn());
        assertThat(catalog.select("[data-testid=track]").stream().filter(t -> t.text().contains(word + " Track"))
                .findFirst().orElseThrow().select("li a").eachText()).containsExactly(word + " One");
    }

    @Test
    void makesACoursePaidWithAnEnrollmentKey() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        CourseDraft course = courses.draft(school.id(), "Paid " + TestData.suffix(), 1, 1);
        String location = "/authoring/courses/" + course.id();
        Document page = html(mvc.perform(get(location).with(as(author))).andReturn());

        Document open = html(mvc.perform(post(location).with(csrf()).with(as(author))
                .params(details(page, "paid", "true", "price", "499", "enrollment", "OPEN")))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(open.getElementById("details-enrollment-error").text()).contains("KEY");
        assertThat(open.getElementById("details-paid").hasAttr("checked")).isTrue();
        mvc.perform(post(location).with(csrf()).with(as(author))
                .params(details(page, "paid", "true", "price", "499", "enrollment", "KEY")))
                .andExpect(redirectedUrl(location));

        Document shortKey = html(mvc.perform(post(location + "/key").with(csrf()).with(as(author)).param("key", "ab"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(shortKey.getElementById("key-key-error")).isNotNull();
        mvc.perform(post(location + "/key").with(csrf()).with(as(author)).param("key", "monsoon-2026"))
                .andExpect(redirectedUrl(location));
        CourseDraft paid = courses.as(school.id(), () -> courses.authoring().course(course.id()));
        assertThat(paid.paid()).isTrue();
        assertThat(paid.price()).isEqualByComparingTo("499");
        assertThat(paid.hasEnrollmentKey()).isTrue();
        assertThat(html(mvc.perform(get(location).with(as(author))).andReturn()).select("#key").text())
                .contains("A key is set.").doesNotContain("monsoon-2026");

        mvc.perform(post(location + "/key/clear").with(csrf()).with(as(author))).andExpect(redirectedUrl(location));
        assertThat(courses.as(school.id(), () -> courses.authoring().course(course.id())).hasEnrollmentKey()).isFalse();
    }

    @Test
    void refusesSomeoneWhoDoesNotAuthor() throws Exception {
        Person learner = data.member(school, Role.LEARNER);
        CourseDraft course = courses.draft(school.id(), "Closed " + TestData.suffix(), 1, 1);

        mvc.perform(get("/authoring").accept(MediaType.TEXT_HTML).with(as(learner))).andExpect(status().isForbidden());
        mvc.perform(post("/authoring/new").with(csrf()).accept(MediaType.TEXT_HTML).with(as(learner))
                .param("title.en", "Mine")).andExpect(status().isForbidden());
        mvc.perform(post("/authoring/courses/{id}/publish", course.id().value()).with(csrf())
                .accept(MediaType.TEXT_HTML).with(as(learner))).andExpect(status().isForbidden());
        assertThat(courses.as(school.id(), () -> courses.authoring().course(course.id())).published()).isFalse();
    }

    @Test
    void aPlatformAdminAuthorsCoursesEveryTenantSees() throws Exception {
        Person admin = data.platformAdmin();
        Person learner = data.member(school, Role.LEARNER);
        String word = "Library" + TestData.suffix();

        Document list = html(mvc.perform(get("/authoring").with(as(admin))).andExpect(status().isOk()).andReturn());
        assertThat(list.select("[data-testid=platform-author]")).hasSize(1);
        String location = mvc.perform(post("/authoring/new").with(csrf()).with(as(admin)).param("defaultLocale", "en")
                .param("title.en", word + " Skills").param("level", "BEGINNER").param("category", "Study")
                .param("estimatedHours", "1").param("enrollment", "OPEN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        CourseId id = CourseId.of(location.substring("/authoring/courses/".length()));
        courses.as(org.vidya.platform.TenantId.PLATFORM, () -> {
            var module = courses.authoring().addModule(id, java.util.Map.of("en", "One"));
            return courses.authoring().addLesson(id, module.id(), new org.vidya.catalog.domain.CourseAuthoring
                    .LessonFields(java.util.Map.of("en", "First"), org.vidya.catalog.LessonKind.REFLECTION, 5, null));
        });
        mvc.perform(post(location + "/publish").with(csrf()).with(as(admin))).andExpect(redirectedUrl(location));

        Document catalog = html(mvc.perform(get("/catalog").param("q", word).with(as(learner))).andReturn());
        assertThat(catalog.select("[data-testid=course-card] [data-testid=platform-wide]")).hasSize(1);
    }

    // ---- requests and lookups

    private List<String> names(CourseDraft course) {
        return courses.as(course.owner(), () -> courses.authoring().course(course.id())).modules().stream()
                .map(m -> m.title().defaultText()).toList();
    }

    /** The move-down form of the module at {@code index}, as the page showed it. */
    private static MockHttpServletRequestBuilder moveDown(Document page, int index) {
        Element button = page.select("[data-testid=module]").get(index).select(".structure-head [data-testid=move-down]")
                .first();
        return submit(button.parent());
    }

    /** Posts a form with the values the page put into it. */
    private static MockHttpServletRequestBuilder submit(Element form) {
        MockHttpServletRequestBuilder request = post(form.attr("action")).with(csrf());
        for (Element input : form.select("input[type=hidden]")) {
            if (!input.attr("name").equals("_csrf")) {
                request.param(input.attr("name"), input.val());
            }
        }
        return request;
    }

    /** The details form's current values, to post back with some changed ({@code name, value, …}). */
    private static org.springframework.util.MultiValueMap<String, String> details(Document page, String... changes) {
        var values = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (Element field : page.select("[data-testid=course-details] input, [data-testid=course-details] select,"
                + " [data-testid=course-details] textarea")) {
            String name = field.attr("name");
            if (name.isEmpty() || name.equals("_csrf")) {
                continue;
            }
            if (field.attr("type").equals("checkbox")) {
                if (field.hasAttr("checked")) {
                    values.add(name, field.val());
                }
            } else if (field.tagName().equals("select")) {
                Element chosen = field.selectFirst("option[selected]");
                values.add(name, chosen == null ? "" : chosen.val());
            } else {
                values.add(name, field.tagName().equals("textarea") ? field.wholeText() : field.val());
            }
        }
        for (int i = 0; i < changes.length; i += 2) {
            values.set(changes[i], changes[i + 1]);
        }
        return values;
    }

    private static Element row(Document page, CourseId id) {
        return page.select("[data-testid=authoring-course][data-course=" + id + "]").first();
    }
}
