package org.vidya.learning.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.learning.CourseCompleted;
import org.vidya.learning.LearningEvents;
import org.vidya.learning.LessonCompleted;
import org.vidya.learning.ModuleCompleted;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Lesson progress: first view, time from heartbeats, completion of lessons, modules and courses. */
@ApiTest
class ProgressApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired TestClock clock;
    @Autowired ConfigurableApplicationContext context;

    TestTenant school;
    Person learner;
    String token;
    LearningEvents events;
    CourseOutline course;

    @BeforeEach
    void anEnrolledLearner() {
        school = data.tenant();
        learner = data.member(school, Role.LEARNER);
        token = api.signIn(learner).accessToken();
        course = courses.publish(TenantId.PLATFORM, "Progress course", 2, 2);
        assertThat(api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null).status()).isEqualTo(201);
        events = LearningEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
        clock.reset();
    }

    @Test
    void completingEveryLessonCompletesEachModuleAndTheCourseOnce() {
        List<LessonOutline> lessons = course.lessons();

        JsonNode first = progress(lessons.get(0), "complete", null).json();
        assertThat(first.path("lessonCompletedNow").asBoolean()).isTrue();
        assertThat(first.path("moduleCompletedNow").asBoolean()).isFalse();
        assertThat(first.path("percent").asInt()).isEqualTo(25);
        assertThat(first.path("nextLessonId").asString()).isEqualTo(lessons.get(1).id().toString());

        JsonNode second = progress(lessons.get(1), "complete", null).json();
        assertThat(second.path("moduleCompletedNow").asBoolean()).isTrue();
        assertThat(second.path("percent").asInt()).isEqualTo(50);

        JsonNode again = progress(lessons.get(1), "complete", null).json();
        assertThat(again.path("lessonCompleted").asBoolean()).isTrue();
        assertThat(again.path("lessonCompletedNow").asBoolean()).isFalse();
        assertThat(again.path("moduleCompletedNow").asBoolean()).isFalse();

        progress(lessons.get(2), "complete", null);
        JsonNode last = progress(lessons.get(3), "complete", null).json();
        assertThat(last.path("courseCompletedNow").asBoolean()).isTrue();
        assertThat(last.path("percent").asInt()).isEqualTo(100);
        assertThat(last.path("nextLessonId").isNull() || last.path("nextLessonId").isMissingNode()).isTrue();

        assertThat(events.of(LessonCompleted.class)).extracting(LessonCompleted::lesson)
                .containsExactly(lessons.stream().map(LessonOutline::id).toArray(LessonId[]::new));
        assertThat(events.of(ModuleCompleted.class)).extracting(ModuleCompleted::module)
                .containsExactly(course.modules().get(0).id(), course.modules().get(1).id());
        assertThat(events.of(CourseCompleted.class)).singleElement().satisfies(e -> {
            assertThat(e.learner()).isEqualTo(learner.id());
            assertThat(e.course()).isEqualTo(course.id());
            assertThat(e.tenant()).isEqualTo(school.id());
        });
        JsonNode mine = api.get("/api/v1/enrollments", token).json().path("items").get(0);
        assertThat(mine.path("completedAt").isNull()).isFalse();
        assertThat(mine.path("percent").asInt()).isEqualTo(100);
    }

    @Test
    void heartbeatsCreditTimeThatReallyPassedAtMostAMinuteEach() {
        LessonOutline lesson = course.lessons().get(0);
        progress(lesson, "start", null);

        clock.advance(Duration.ofSeconds(20));
        progress(lesson, "heartbeat", 30);
        progress(lesson, "heartbeat", 30); // a second tab at the same moment adds nothing
        clock.advance(Duration.ofMinutes(10));
        progress(lesson, "heartbeat", 600);

        assertThat(secondsSpent(lesson)).isEqualTo(20 + 60);
        progress(lesson, "heartbeat", 3601).isInvalid("seconds");
        progress(lesson, "heartbeat", -1).isInvalid("seconds");
    }

    @Test
    void continueLeadsToTheLastLessonOpenedOrTheFirstUnfinished() {
        List<LessonOutline> lessons = course.lessons();
        progress(lessons.get(0), "complete", null);
        progress(lessons.get(2), "start", null);

        assertThat(mine().path("continueLessonId").asString()).isEqualTo(lessons.get(2).id().toString());
        assertThat(mine().path("lastLessonId").asString()).isEqualTo(lessons.get(2).id().toString());
        progress(lessons.get(2), "complete", null);
        assertThat(mine().path("continueLessonId").asString()).isEqualTo(lessons.get(1).id().toString());
    }

    @Test
    void lessonsRemovedByARepublishNoLongerCount() {
        List<LessonOutline> lessons = course.lessons();
        progress(lessons.get(0), "complete", null);
        progress(lessons.get(3), "complete", null);
        assertThat(mine().path("percent").asInt()).isEqualTo(50);

        courses.as(TenantId.PLATFORM, () -> {
            courses.authoring().deleteLesson(course.id(), lessons.get(3).id());
            return courses.authoring().publish(course.id());
        });

        assertThat(mine().path("lessons").asInt()).isEqualTo(3);
        assertThat(mine().path("completedLessons").asInt()).isEqualTo(1);
        assertThat(mine().path("percent").asInt()).isEqualTo(33);
        progress(lessons.get(3), "complete", null).isProblem(404, "lesson-not-found");
    }

    @Test
    void progressOutsideAnEnrollmentOrAPublishedCourseIsRefused() {
        LessonOutline lesson = course.lessons().get(0);
        CourseOutline other = courses.publish(TenantId.PLATFORM, "Not mine", 1, 1);
        CourseOutline foreign = courses.publish(data.tenant().id(), "Another school's", 1, 1);

        post(other, other.lessons().get(0), Map.of("event", "complete")).isProblem(403, "not-enrolled");
        post(foreign, foreign.lessons().get(0), Map.of("event", "complete")).isProblem(404, "course-not-found");
        post(course, other.lessons().get(0), Map.of("event", "complete")).isProblem(404, "lesson-not-found");
        post(course, lesson, Map.of("event", "finish")).isInvalid("event");
        post(course, lesson, Map.of()).isInvalid("event");
        post(course, lesson, "{\"event\":").isProblem(400, "malformed-body");

        courses.as(TenantId.PLATFORM, () -> courses.authoring().unpublish(course.id()));
        post(course, lesson, Map.of("event", "complete")).isProblem(404, "course-not-found");
        assertThat(events.of(LessonCompleted.class)).isEmpty();
        assertThat(data.jdbc().queryForObject("select count(*) from learning_lesson_progress where learner_id = ?",
                Long.class, learner.id().value())).isZero();
    }

    private JsonNode mine() {
        return api.get("/api/v1/enrollments", token).json().path("items").get(0);
    }

    private int secondsSpent(LessonOutline lesson) {
        String id = mine().path("id").asString();
        JsonNode detail = api.get("/api/v1/enrollments/" + id, token).json();
        for (JsonNode module : detail.path("modules")) {
            for (JsonNode l : module.path("lessons")) {
                if (l.path("id").asString().equals(lesson.id().toString())) {
                    return l.path("secondsSpent").asInt();
                }
            }
        }
        throw new AssertionError("lesson not in the enrollment");
    }

    private Api.Response progress(LessonOutline lesson, String event, Integer seconds) {
        Map<String, Object> body = seconds == null ? Map.of("event", event) : Map.of("event", event, "seconds", seconds);
        Api.Response response = post(course, lesson, body);
        return response;
    }

    private Api.Response post(CourseOutline c, LessonOutline lesson, Object body) {
        return api.post("/api/v1/courses/" + c.id() + "/lessons/" + lesson.id() + "/progress", token, body);
    }
}
