package org.vidya.learning.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.vidya.catalog.CourseOutline;
import org.vidya.learning.CourseCompleted;
import org.vidya.learning.LearningEvents;
import org.vidya.learning.LessonCompleted;
import org.vidya.learning.ModuleCompleted;
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
 * A learner completes the same lesson from two tabs at the same moment: it counts once, and
 * the lesson, module and course are each completed (and announced) once.
 */
@ApiTest
class TwoTabCompletionTests {

    static final int ROUNDS = 4;

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void completingALessonFromTwoTabsAtOnceCountsOnce() throws Exception {
        Person learner = data.member(data.tenant(), Role.LEARNER);
        String token = api.signIn(learner).accessToken();
        try (LearningEvents events = LearningEvents.attach(context);
                AtOnce tabs = new AtOnce(2)) {
            for (int round = 0; round < ROUNDS; round++) {
                // A course of one lesson: its completion completes the module and the course too.
                CourseOutline course = courses.publish(TenantId.PLATFORM, "Two tabs " + round, 1, 1);
                api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null);
                String path = "/api/v1/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id()
                        + "/progress";
                List<Api.Response> responses = tabs.run(() -> api.post(path, token, Map.of("event", "complete")));

                assertThat(responses).allSatisfy(r -> {
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                    assertThat(r.json().path("lessonCompleted").asBoolean()).isTrue();
                    assertThat(r.json().path("percent").asInt()).isEqualTo(100);
                });
                assertThat(responses).filteredOn(r -> r.json().path("lessonCompletedNow").asBoolean()).hasSize(1);
                assertThat(responses).filteredOn(r -> r.json().path("courseCompletedNow").asBoolean()).hasSize(1);
                assertThat(events.of(LessonCompleted.class)).filteredOn(e -> e.course().equals(course.id())).hasSize(1);
                assertThat(events.of(ModuleCompleted.class)).filteredOn(e -> e.course().equals(course.id())).hasSize(1);
                assertThat(events.of(CourseCompleted.class)).filteredOn(e -> e.course().equals(course.id())).hasSize(1);
                assertThat(data.jdbc().queryForObject("select count(*) from learning_lesson_progress"
                        + " where learner_id = ? and course_id = ? and completed_at is not null", Long.class,
                        learner.id().value(), course.id().value())).isEqualTo(1);
            }
        }
    }
}
