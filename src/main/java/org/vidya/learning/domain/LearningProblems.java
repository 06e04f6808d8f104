package org.vidya.learning.domain;

import org.vidya.platform.ApiException;

/** The problems learning answers with, each with its stable code. */
final class LearningProblems {

    private LearningProblems() {
    }

    static ApiException courseNotFound() {
        return ApiException.notFound("course-not-found", "There is no published course with this id here.");
    }

    static ApiException lessonNotFound() {
        return ApiException.notFound("lesson-not-found", "The course has no published lesson with this id.");
    }

    static ApiException notEnrolled() {
        return ApiException.forbidden("not-enrolled", "Enroll in the course first.");
    }

    static ApiException enrollmentNotFound() {
        return ApiException.notFound("enrollment-not-found", "You have no enrollment with this id.");
    }

    static ApiException classNotFound() {
        return ApiException.notFound("class-not-found", "There is no class with this id here.");
    }

    static ApiException teamNotFound() {
        return ApiException.notFound("team-not-found", "There is no team with this id here.");
    }

    static ApiException assignmentNotFound() {
        return ApiException.notFound("assignment-not-found", "There is no course assignment with this id here.");
    }
}
