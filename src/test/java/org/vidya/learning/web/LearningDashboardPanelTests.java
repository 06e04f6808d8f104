package org.vidya.learning.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseOutline;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/** The dashboard tells a learner what to go on with; people who do not learn see no such panel. */
@ApiTest
class LearningDashboardPanelTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    @Test
    void theDashboardShowsTheCoursesUnderWayWithAContinueLink() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline started = courses.publish(TenantId.PLATFORM, "Dashboard course", 1, 2);
        CourseOutline finished = courses.publish(TenantId.PLATFORM, "Finished course", 1, 1);
        enrollments.enroll(school, learner, started.id());
        enrollments.complete(school, learner, started.id(), started.lessons().get(0).id());
        enrollments.enroll(school, learner, finished.id());
        enrollments.complete(school, learner, finished.id(), finished.lessons().get(0).id());

        Document page = html(mvc.perform(get("/").with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-learning] h2").text()).isEqualTo("Continue learning");
        assertThat(page.select("[data-testid=dashboard-course]")).hasSize(1);
        assertThat(page.select("[data-testid=dashboard-course]").text()).contains("Dashboard course", "50% complete");
        assertThat(page.select("[data-testid=dashboard-course] [data-testid=continue]").attr("href"))
                .endsWith("/courses/" + started.id() + "/lessons/" + started.lessons().get(1).id());
        assertThat(page.select("[data-testid=dashboard-all-learning]").text()).contains("1 under way");
    }

    @Test
    void aLearnerWithNothingUnderWayIsPointedToTheCatalog() throws Exception {
        Person learner = data.member(data.tenant(), Role.LEARNER);

        Document page = html(mvc.perform(get("/").with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-learning-none] a").attr("href")).endsWith("/catalog");
    }

    @Test
    void aTeacherWithNothingUnderWayIsNotNudgedToTheCatalog() throws Exception {
        Person teacher = data.member(data.tenant(), Role.TEACHER);

        Document page = html(mvc.perform(get("/").with(as(teacher))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-learning]")).isEmpty();
    }

    @Test
    void aParentSeesNoLearningPanel() throws Exception {
        Person parent = data.member(data.tenant(), Role.PARENT);

        Document page = html(mvc.perform(get("/").with(as(parent))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=dashboard-learning]")).isEmpty();
    }
}
