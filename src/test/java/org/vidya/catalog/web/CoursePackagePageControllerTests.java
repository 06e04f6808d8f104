package org.vidya.catalog.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseRow;
import org.vidya.platform.Role;
import org.vidya.support.Courses;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class CoursePackagePageControllerTests {

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
    void aCourseExportedFromOneTenantIsCheckedThenImportedIntoAnotherAndPreviewsTheSame() throws Exception {
        TestTenant from = school;
        TestTenant to = other;
        Person exporter = data.member(from, Role.CONTENT_CREATOR);
        Person importer = data.member(to, Role.TEACHER);
        CourseDraft course = courses.draft(from.id(), "Travels " + TestData.suffix(), 2, 2);

        MvcResult export = mvc.perform(get("/authoring/courses/{id}/export", course.id().value()).with(as(exporter)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn();
        assertThat(export.getResponse().getHeader("Content-Disposition")).contains(course.slug() + ".zip");
        byte[] zip = export.getResponse().getContentAsByteArray();
        assertThat(entries(zip)).contains("course.json");

        MockMultipartFile file = new MockMultipartFile("file", "travels.zip", "application/zip", zip);
        Document checked = html(mvc.perform(multipart("/authoring/import").file(file).param("step", "check")
                .with(csrf()).with(as(importer))).andExpect(status().isOk()).andReturn());
        assertThat(checked.select("[data-testid=import-report] h2").text())
                .isEqualTo("Ready to import: " + course.title().defaultText());
        assertThat(checked.select("[data-testid=import-report] dd").eachText()).startsWith("2", "4");
        List<CourseRow> before = rows(to);

        // Through htmx the check answers in place, and the import sends the browser to the new course.
        Document inPlace = fragment(mvc.perform(multipart("/authoring/import").file(file).param("step", "check")
                .header("HX-Request", "true").with(csrf()).with(as(importer))).andExpect(status().isOk()).andReturn());
        assertThat(inPlace.select("#import-result [data-testid=import-confirm]")).hasSize(1);
        MvcResult imported = mvc.perform(multipart("/authoring/import").file(file).param("step", "import")
                .header("HX-Request", "true").with(csrf()).with(as(importer))).andExpect(status().isOk()).andReturn();
        List<CourseRow> rows = new ArrayList<>(rows(to));
        rows.removeAll(before);
        assertThat(rows).hasSize(1);
        CourseId copy = rows.getFirst().id();
        assertThat(imported.getResponse().getHeader("HX-Redirect")).isEqualTo("/authoring/courses/" + copy);
        assertThat(copy).isNotEqualTo(course.id());
        assertThat(rows.getFirst().published()).isFalse();

        // The copy previews as the original does, lesson for lesson.
        String original = lessonText(exporter, course.id(), courses.as(from.id(),
                () -> courses.authoring().course(course.id())));
        String imitation = lessonText(importer, copy, courses.as(to.id(), () -> courses.authoring().course(copy)));
        assertThat(imitation).isEqualTo(original);
    }

    @Test
    void aBrokenPackageListsEveryProblemAndCreatesNothing() throws Exception {
        Person author = data.member(school, Role.CONTENT_CREATOR);
        String json = """
                {"format": "vidya-course", "formatVersion": 1, "defaultLocale": "en",
                 "course": {"slug": "Not A Slug", "title": {"hi": "केवल हिंदी"}, "level": "GURU", "category": "x",
                  "estimatedHours": 1, "paid": false, "price": null, "enrollment": "OPEN", "modules": []}}
                """;
        MockMultipartFile file = new MockMultipartFile("file", "course.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
        List<CourseRow> before = rows(school);

        Document page = html(mvc.perform(multipart("/authoring/import").file(file).param("step", "import")
                .with(csrf()).with(as(author))).andExpect(status().isBadRequest()).andReturn());
        assertThat(page.select("[data-testid=import-problem]")).isNotEmpty();
        assertThat(page.select("[data-testid=import-problems]").text()).contains("course.slug");
        assertThat(page.select("[data-testid=import-report]")).isEmpty();
        assertThat(rows(school)).isEqualTo(before);

        Document none = html(mvc.perform(multipart("/authoring/import").with(csrf()).with(as(author)))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(none.getElementById("file-error").text()).contains("choose a course package");
    }

    private List<CourseRow> rows(TestTenant tenant) {
        return courses.as(tenant.id(), () -> courses.authoring().courses());
    }

    /** Every lesson of the course as its preview shows it, one after another. */
    private String lessonText(Person author, CourseId id, CourseDraft draft) throws Exception {
        StringBuilder text = new StringBuilder();
        for (var module : draft.modules()) {
            for (var lesson : module.lessons()) {
                Document preview = html(mvc.perform(get("/authoring/courses/{c}/lessons/{l}/preview", id.value(),
                        lesson.id().value()).with(as(author))).andExpect(status().isOk()).andReturn());
                text.append(preview.select("[data-testid=lesson-preview]").html()).append('\n');
            }
        }
        return text.toString();
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
