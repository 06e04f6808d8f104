package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.catalog.ModuleId;

/** A module a learner completed; made only by {@link ModuleCompletions#recordIfAbsent}. */
@Entity
@Table(name = "learning_module_completion")
public class ModuleCompletion {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private UUID courseId;
    private UUID moduleId;
    private Instant completedAt;

    protected ModuleCompletion() {
    }

    public ModuleId moduleId() { return new ModuleId(moduleId); }
    public Instant completedAt() { return completedAt; }
}
