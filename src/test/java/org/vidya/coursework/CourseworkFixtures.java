package org.vidya.coursework;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vidya.catalog.CourseId;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;

/**
 * Coursework tests' data: a tenant with a teacher, enrolled learners and a published course
 * the tenant sees, and request bodies for assignments.
 */
public final class CourseworkFixtures {

    private final TestData data;
    private final Api api;
    private final Courses courses;
    private final Enrollments enrollments;

    public CourseworkFixtures(TestData data, Api api, Courses courses, Enrollments enrollments) {
        this.data = data;
        this.api = api;
        this.courses = courses;
        this.enrollments = enrollments;
    }

    /** A tenant, a course it sees, a teacher, and two learners enrolled in the course, all signed in. */
    public record Classroom(TestTenant tenant, CourseId course, Person teacher, Person learner, Person classmate,
            String teacherToken, String learnerToken, String classmateToken) {
    }

    public Classroom classroom() {
        TestTenant tenant = data.tenant();
        CourseId course = course(tenant.id(), "Python Basics " + TestData.suffix());
        Person teacher = data.member(tenant, "Tara Teacher", Role.TEACHER);
        Person learner = data.member(tenant, "Lena Learner", Role.LEARNER);
        Person classmate = data.member(tenant, "Cai Classmate", Role.LEARNER);
        enroll(tenant, learner, course);
        enroll(tenant, classmate, course);
        return new Classroom(tenant, course, teacher, learner, classmate, api.signIn(teacher).accessToken(),
                api.signIn(learner).accessToken(), api.signIn(classmate).accessToken());
    }

    /** A published course owned by the tenant (or, for {@link TenantId#PLATFORM}, by the platform). */
    public CourseId course(TenantId owner, String title) {
        return courses.publish(owner, title, 1, 1).id();
    }

    public void enroll(TestTenant tenant, Person learner, CourseId course) {
        enrollments.enroll(tenant, learner, course);
    }

    /** An assignment body: text or file, 20 points, due at {@code due}, accepted late at 10% a day. */
    public static Map<String, Object> assignment(String title, Instant due, boolean published) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("instructions", "Write a function that converts **Celsius** to Fahrenheit.");
        body.put("submissionTypes", List.of("TEXT", "FILE"));
        body.put("maxPoints", 20);
        body.put("dueAt", due.toString());
        body.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 10));
        body.put("published", published);
        return body;
    }

    /** The rubric of the demo assignment: correctness 10, readability 5, testing 5. */
    public static Map<String, Object> rubric() {
        return Map.of("criteria", List.of(
                Map.of("title", "Correctness", "description", "Conversions are right, including negatives",
                        "levels", List.of(Map.of("points", 10, "description", "All conversions right"),
                                Map.of("points", 5, "description", "Some right"),
                                Map.of("points", 0, "description", "None right"))),
                Map.of("title", "Readability", "levels", List.of(
                        Map.of("points", 5, "description", "Clear names and a docstring"),
                        Map.of("points", 2, "description", "Hard to follow"))),
                Map.of("title", "Testing", "levels", List.of(
                        Map.of("points", 5, "description", "Tests for freezing and boiling points"),
                        Map.of("points", 0, "description", "No tests")))));
    }
}
