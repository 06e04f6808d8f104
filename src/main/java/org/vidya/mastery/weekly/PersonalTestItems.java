package org.vidya.mastery.weekly;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.ItemId;
import org.vidya.platform.UserId;

/** The items of the learner's recent personal tests (weekly and practice), answered or not. */
@Component
class PersonalTestItems implements SeenItems {

    private final PersonalTests tests;

    PersonalTestItems(PersonalTests tests) {
        this.tests = tests;
    }

    @Override
    public Set<ItemId> seenSince(UserId learner, Instant since) {
        Set<ItemId> seen = new HashSet<>();
        for (String kind : new String[] {"weekly", "practice"}) {
            tests.of(learner, kind, since).forEach(test -> seen.addAll(test.items()));
        }
        return seen;
    }
}
