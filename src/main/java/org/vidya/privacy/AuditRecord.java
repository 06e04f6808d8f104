package org.vidya.privacy;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * A sensitive action to be written to the audit log.
 *
 * @param tenant       the tenant whose data was touched; {@code null} for platform-level actions
 * @param actor        who acted; {@code null} when nobody could be identified (a failed sign-in)
 * @param action       a stable dotted name, e.g. {@code auth.sign-in}, {@code member.role-changed}
 * @param resourceType the kind of thing acted on, e.g. {@code user}, {@code class}
 * @param resourceId   its id (or, for an unknown account, the e-mail given)
 * @param detail       a short human note; never secrets
 * @param actorEmail   the actor's e-mail address when the caller knows it (else the signed-in person's)
 */
public record AuditRecord(@Nullable TenantId tenant, @Nullable UserId actor, String action, String resourceType,
        String resourceId, AuditOutcome outcome, String detail, @Nullable String actorEmail) {

    /** The same record, naming the actor's e-mail address (for actions before a session exists). */
    public AuditRecord withActorEmail(String email) {
        return new AuditRecord(tenant, actor, action, resourceType, resourceId, outcome, detail, email);
    }

    public static AuditRecord success(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.SUCCESS, detail, null);
    }

    public static AuditRecord failure(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.FAILURE, detail, null);
    }

    public static AuditRecord denied(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.DENIED, detail, null);
    }
}
