package org.vidya.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.vidya.platform.UserId;

/**
 * Tests built for one learner (the weekly adaptive test): a fixed form of the given items that
 * only that learner sees, with an attempt ready to start at {@code /attempts/{id}}. Grading
 * publishes {@code AttemptGraded} as for any test.
 */
public interface PersonalTests {

    /** Creates the test and its attempt; {@code kind} is {@code weekly} or {@code practice}. */
    PersonalTest assign(UserId learner, String title, String kind, List<ItemId> items, Duration timeLimit);

    /** The learner's personal tests of a kind created since {@code since}, newest first. */
    List<PersonalTest> of(UserId learner, String kind, Instant since);

    record PersonalTest(QuizId quiz, AttemptId attempt, String title, String kind, Instant createdAt,
            List<ItemId> items, String status) {

        public PersonalTest {
            items = List.copyOf(items);
        }
    }
}
