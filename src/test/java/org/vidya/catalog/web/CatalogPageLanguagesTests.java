package org.vidya.catalog.web;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.platform.Role;
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

/** Every catalog and authoring page renders in every language with no message missing, and labels every field. */
@PageTest
class CatalogPageLanguagesTests {

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

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void everyPageIsCompleteInEachLanguage(String language) throws Exception {
        Person teacher = data.member(school, Role.TEACHER);
        CourseDraft course = courses.draft(school.id(), "Polyglot " + TestData.suffix(), 2, 2);
        courses.as(school.id(), () -> courses.authoring().publish(course.id()));
        String lesson = "/authoring/courses/" + course.id() + "/lessons/"
                + course.modules().getFirst().lessons().getFirst().id();

        List<String> pages = List.of("/catalog", "/authoring", "/authoring/new", "/authoring/import",
                "/authoring/courses/" + course.id(), "/authoring/courses/" + course.id() + "/preview", lesson,
                lesson + "/preview");
        for (String path : pages) {
            Document page = html(mvc.perform(get(path).param("lang", language).with(as(teacher)))
                    .andExpect(status().isOk()).andReturn());
            assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
            assertThat(page.html()).as(path).doesNotContain("??");
            assertThat(page.select("main h1")).as(path).hasSize(1);
            page.select("main input:not([type=hidden]):not([type=checkbox]), main select, main textarea")
                    .forEach(field -> assertThat(page.select("label[for=\"" + field.id() + "\"]"))
                            .as(path + " label for #" + field.id()).isNotEmpty());
            page.select("main input[type=checkbox]").forEach(box ->
                    assertThat(box.parent().tagName()).as(path + " checkbox inside its label").isEqualTo("label"));
            assertThat(page.select("main [id]").eachAttr("id")).as(path + " ids are unique").doesNotHaveDuplicates();
        }
    }
}
