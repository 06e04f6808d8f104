package org.vidya.learning.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CourseId;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.learning.EnrolledLearner;
import org.vidya.learning.LearningManagement;
import org.vidya.platform.UserId;

/** Answers {@link LearningManagement} from the enrollments of the current tenant. */
@Service
@Transactional(readOnly = true)
class LearningDirectory implements LearningManagement {

    private final Enrollments enrollments;
    private final IdentityManagement identity;

    LearningDirectory(Enrollments enrollments, IdentityManagement identity) {
        this.enrollments = enrollments;
        this.identity = identity;
    }

    @Override
    public boolean isEnrolled(UserId learner, CourseId course) {
        return enrollments.existsByLearnerIdAndCourseIdAndStatus(learner.value(), course.value(),
                Enrollment.Status.ACTIVE);
    }

    @Override
    public List<EnrolledLearner> enrolledLearners(CourseId course) {
        List<Enrollment> active = enrollments.findByCourseIdAndStatus(course.value(), Enrollment.Status.ACTIVE);
        Map<UserId, AccountSummary> accounts = identity.accounts(active.stream().map(Enrollment::learnerId).toList());
        return active.stream().filter(e -> accounts.containsKey(e.learnerId()))
                .map(e -> new EnrolledLearner(e.learnerId(), accounts.get(e.learnerId()).displayName(), e.id()))
                .sorted(Comparator.comparing(EnrolledLearner::displayName))
                .toList();
    }
}
