package org.vidya.organization.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A teacher or learner in a class. */
@Entity
@Table(name = "organization_class_member")
public class ClassMember {

    public enum ClassRole { TEACHER, LEARNER }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID classId;
    private UUID userId;
    @Enumerated(EnumType.STRING)
    private ClassRole role;
    private Instant createdAt;

    protected ClassMember() {
    }

    public ClassMember(UUID classId, UserId user, ClassRole role, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.classId = classId;
        this.userId = user.value();
        this.role = role;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID classId() { return classId; }
    public UserId userId() { return new UserId(userId); }
    public ClassRole role() { return role; }
}
