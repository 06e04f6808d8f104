package org.vidya.coursework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/** The dashboard shows learners what to hand in next and teachers how much waits for a grade. */
@ApiTest
class CourseworkDashboardPanelTests {

    @Autowired MockMvc mvc;
    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    @Test
    void learnersSeeWhatIsDueAndTeachersSeeWhatWaitsForAGrade() throws Exception {
        Classroom room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
        for (String title : new String[] {"Free fall", "Projectiles"}) {
            Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(),
                    CourseworkFixtures.assignment(title, Instant.now().plus(Duration.ofDays(3)), true));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            if (title.equals("Free fall")) {
                Api.Response handedIn = api.put("/api/v1/assignments/" + created.json().path("id").asString()
                        + "/submission", room.learnerToken(), Map.of("type", "TEXT", "text", "t = 2 s"));
                assertThat(handedIn.status()).as(handedIn.body()).isEqualTo(200);
            }
        }

        Document learner = html(mvc.perform(get("/").with(as(room.learner()))).andExpect(status().isOk()).andReturn());
        assertThat(learner.select("[data-testid=dashboard-assignment]")).hasSize(1);
        assertThat(learner.select("[data-testid=dashboard-assignment]").text()).contains("Projectiles", "Due");
        assertThat(learner.select("[data-testid=dashboard-to-grade]")).isEmpty();

        Document classmate = html(mvc.perform(get("/").with(as(room.classmate()))).andExpect(status().isOk())
                .andReturn());
        assertThat(classmate.select("[data-testid=dashboard-assignment]")).hasSize(2);

        Document teacher = html(mvc.perform(get("/").with(as(room.teacher()))).andExpect(status().isOk()).andReturn());
        assertThat(teacher.select("[data-testid=dashboard-to-grade]").text())
                .contains("1 hand-in waits for a grade.");
        assertThat(teacher.select("[data-testid=dashboard-to-grade] a").attr("href")).endsWith("/gradebook");
    }
}
