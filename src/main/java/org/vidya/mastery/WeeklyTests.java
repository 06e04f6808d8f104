package org.vidya.mastery;

import java.util.Optional;

import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.platform.UserId;

/**
 * The weekly adaptive test: 25 items on the learner's due and weak concepts at a difficulty
 * matched to their ability, leaving out items seen in recent weeks, assembled through the
 * assessment module's item pool and taken as a personal test.
 */
public interface WeeklyTests {

    /** This week's test for the learner, assembling it on first ask; the same test on later asks that week. */
    PersonalTest thisWeek(UserId learner);

    /** This week's test when already assembled. */
    Optional<PersonalTest> current(UserId learner);
}
