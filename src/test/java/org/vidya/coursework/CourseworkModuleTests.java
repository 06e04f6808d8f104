package org.vidya.coursework;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The coursework module's event, published with the release of a grade. */
@ApiTest
@EnableScenarios
class CourseworkModuleTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    @Test
    void publishesSubmissionGradedWhenAGradeIsReleased(Scenario scenario) {
        Classroom room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(),
                CourseworkFixtures.assignment("Free fall", Instant.now().plus(Duration.ofDays(3)), true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String assignment = created.json().path("id").asString();
        Api.Response handedIn = api.put("/api/v1/assignments/" + assignment + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "t = sqrt(2h / g) = 2 s"));
        String submission = handedIn.json().path("id").asString();
        Api.Response graded = api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("points", 18, "feedback", "Right; show the units at each step."));
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);

        // The scenario's transaction starts in the teacher's tenant, as the request's would.
        Tenancy.runAs(room.tenant().id(), () -> scenario.stimulate(() -> {
                    Api.Response released = api.post("/api/v1/submissions/" + submission + "/release",
                            room.teacherToken(), null);
                    assertThat(released.status()).as(released.body()).isEqualTo(200);
                })
                .andWaitForEventOfType(SubmissionGraded.class)
                .matching(e -> e.submission().toString().equals(submission))
                .toArriveAndVerify(e -> {
                    assertThat(e.learner()).isEqualTo(room.learner().id());
                    assertThat(e.course()).isEqualTo(room.course());
                    assertThat(e.tenant()).isEqualTo(room.tenant().id());
                    assertThat(e.points()).isEqualByComparingTo("18");
                    assertThat(e.maxPoints()).isEqualByComparingTo("20");
                    assertThat(e.late()).isFalse();
                }));
    }
}
