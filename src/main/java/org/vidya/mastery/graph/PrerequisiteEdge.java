package org.vidya.mastery.graph;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.platform.Ids;

/** A stored edge: the concept needs the prerequisite. Both are named by key. */
@Entity
@Table(name = "mastery_prerequisite")
class PrerequisiteEdge {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "concept_key")
    private String concept;
    @Column(name = "prerequisite_key")
    private String prerequisite;
    private double weight;
    @Enumerated(EnumType.STRING)
    private PrerequisiteKind kind;
    private double transfer;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected PrerequisiteEdge() {
    }

    PrerequisiteEdge(UUID tenant, Prerequisite edge, UUID by, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.concept = edge.concept();
        this.prerequisite = edge.prerequisite();
        this.weight = edge.weight();
        this.kind = edge.kind();
        this.transfer = edge.transfer();
        this.createdBy = by;
        this.createdAt = now;
    }

    Prerequisite toPrerequisite() {
        return new Prerequisite(concept, prerequisite, weight, kind, transfer);
    }
}
