package org.vidya.learning.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.vidya.catalog.CourseOutline;
import org.vidya.learning.LearnerEnrolled;
import org.vidya.learning.LearningEvents;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.AtOnce;
import org.vidya.support.Courses;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner presses "Enroll" twice at the same moment (a double click, two tabs): both answers
 * succeed with the one enrollment, which is created and announced once.
 */
@ApiTest
class DoubleEnrollTests {

    static final int ROUNDS = 4;

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void enrollingTwiceAtOnceEnrollsOnce() throws Exception {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        String token = api.signIn(learner).accessToken();
        try (LearningEvents events = LearningEvents.attach(context);
                AtOnce tabs = new AtOnce(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                CourseOutline course = courses.publish(TenantId.PLATFORM, "Double enroll " + round, 1, 1);
                String path = "/api/v1/courses/" + course.id() + "/enrollments";
                List<Api.Response> responses = tabs.run(() -> api.post(path, token, null));

                assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
                assertThat(responses).extracting(r -> r.json().path("id").asString()).doesNotContainNull()
                        .containsOnly(responses.get(0).json().path("id").asString());
                assertThat(events.of(LearnerEnrolled.class)).filteredOn(e -> e.course().equals(course.id()))
                        .hasSize(1);
                assertThat(data.jdbc().queryForObject("select count(*) from learning_enrollment"
                        + " where learner_id = ? and course_id = ?", Long.class, learner.id().value(),
                        course.id().value())).isEqualTo(1);
            }
        }
    }
}
