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
 */
public record AuditRecord(@Nullable TenantId tenant, @Nullable UserId actor, String action, String resourceType,
        String resourceId, AuditOutcome outcome, String detail) {

    public static AuditRecord success(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.SUCCESS, detail);
    }

    public static AuditRecord failure(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.FAILURE, detail);
    }

    public static AuditRecord denied(@Nullable TenantId tenant, @Nullable UserId actor, String action,
            String resourceType, Object resourceId, String detail) {
        return new AuditRecord(tenant, actor, action, resourceType, String.valueOf(resourceId),
                AuditOutcome.DENIED, detail);
    }
}
