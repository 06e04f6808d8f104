package org.vidya.mastery.state;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Who may read or change whose knowledge state. A learner reads and feeds their own with
 * {@link Permission#MASTERY_LEARN}. Staff with {@link Permission#MASTERY_CLASS_READ} read a learner
 * of a class they teach, or, when they manage the organization's classes (org admins), any
 * learner of the tenant; each such read is written to the audit log. Anyone else: 403 without the
 * permission, and "not found" for a learner they may not see, as if there were none. Work with
 * nobody signed in (event listeners, scheduled jobs) acts for the system in the current tenant.
 */
@Component
class KnowledgeAccess {

    private final OrganizationManagement organization;
    private final AuditLog audit;

    KnowledgeAccess(OrganizationManagement organization, AuditLog audit) {
        this.organization = organization;
        this.audit = audit;
    }

    /** Checks a read of the learner's state; audits it when someone else reads. */
    void read(UserId learner, String what) {
        Optional<VidyaPrincipal> caller = CurrentUser.find();
        if (caller.isEmpty()) {
            requireTenant();
            return;
        }
        VidyaPrincipal me = caller.get();
        if (me.userId().equals(learner)) {
            requireOwn(me);
            return;
        }
        if (!me.has(Permission.MASTERY_CLASS_READ)) {
            throw ApiException.forbidden("mastery-read-not-allowed", "You may not read other learners' mastery.");
        }
        if (!mayReadOthers(me, learner)) {
            throw learnerNotFound();
        }
        audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "mastery.knowledge-read", "user",
                learner.value(), what));
    }

    /** Checks a change made on the learner's own behalf (answers, exam date). */
    void own(UserId learner) {
        Optional<VidyaPrincipal> caller = CurrentUser.find();
        if (caller.isEmpty()) {
            requireTenant();
            return;
        }
        VidyaPrincipal me = caller.get();
        requireOwn(me);
        if (!me.userId().equals(learner)) {
            throw learnerNotFound();
        }
    }

    private static void requireOwn(VidyaPrincipal me) {
        if (!me.has(Permission.MASTERY_LEARN)) {
            throw ApiException.forbidden("mastery-not-allowed", "Your role has no mastery map of its own.");
        }
        CurrentUser.tenant();
    }

    private boolean mayReadOthers(VidyaPrincipal me, UserId learner) {
        if (me.has(Permission.CLASSES_MANAGE)) {
            return organization.isMember(learner);
        }
        return organization.classesOf(learner).stream().map(GroupSummary::id)
                .anyMatch(id -> organization.teachesClass(me.userId(), new ClassId(id)));
    }

    private static void requireTenant() {
        if (Tenancy.current().isEmpty()) {
            throw new IllegalStateException("Knowledge state is read and written in a tenant");
        }
    }

    static ApiException learnerNotFound() {
        return ApiException.notFound("learner-not-found", "No such learner in your classes.");
    }
}
