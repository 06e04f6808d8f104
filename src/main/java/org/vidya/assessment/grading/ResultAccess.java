package org.vidya.assessment.grading;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Who may read which results. A learner reads their own. Staff with {@link Permission#TESTS_MANAGE}
 * read a schedule's cohort when they teach its class, or any when they manage the organization's
 * classes (org admins); a practice attempt's result, when they teach one of the learner's classes.
 * Anything else is "not found", as if it did not exist.
 */
@Component
class ResultAccess {

    private final AttemptLedger ledger;
    private final OrganizationManagement organization;

    ResultAccess(@Lazy AttemptLedger ledger, OrganizationManagement organization) {
        this.ledger = ledger;
        this.organization = organization;
    }

    static boolean isOrgAdmin(VidyaPrincipal me) {
        return me.has(Permission.TESTS_MANAGE) && me.has(Permission.CLASSES_MANAGE);
    }

    /** The schedule's rules when the signed-in staff member may read its cohort; 404 otherwise. */
    ResultPolicy cohort(ScheduleId schedule) {
        VidyaPrincipal me = CurrentUser.get();
        ResultPolicy policy = ledger.policy(schedule).orElseThrow(ResultAccess::scheduleNotFound);
        if (!teaches(me, policy)) {
            throw scheduleNotFound();
        }
        return policy;
    }

    /** Whether the signed-in person may read this learner's result under these rules. */
    boolean mayRead(VidyaPrincipal me, UserId learner, ResultPolicy policy) {
        if (me.userId().equals(learner)) {
            return true;
        }
        if (!me.has(Permission.TESTS_MANAGE)) {
            return false;
        }
        if (isOrgAdmin(me)) {
            return true;
        }
        if (policy.classId() != null) {
            return organization.teachesClass(me.userId(), policy.classId());
        }
        return organization.classesOf(learner).stream().map(GroupSummary::id)
                .anyMatch(id -> organization.teachesClass(me.userId(), new org.vidya.organization.ClassId(id)));
    }

    boolean teaches(VidyaPrincipal me, ResultPolicy policy) {
        if (!me.has(Permission.TESTS_MANAGE)) {
            return false;
        }
        return isOrgAdmin(me) || (policy.classId() != null && organization.teachesClass(me.userId(), policy.classId()));
    }

    static ApiException scheduleNotFound() {
        return ApiException.notFound("schedule-not-found", "No such scheduled test in your organization.");
    }

    static ApiException attemptNotFound() {
        return ApiException.notFound("attempt-not-found", "No such attempt in your organization.");
    }
}
