package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.UUID;

/** A test set for a class, with where its window stands now. */
public record ScheduleView(UUID id, UUID quizId, String quizTitle, QuizKind kind, UUID classId, String className,
        Instant opensAt, Instant closesAt, ScheduleWindow window, int attemptsGenerated, Instant createdAt) {
}
