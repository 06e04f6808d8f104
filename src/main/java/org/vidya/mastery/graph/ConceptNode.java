package org.vidya.mastery.graph;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.platform.Ids;

/** A stored concept of a tenant's graph, or (tenant all zeros) of the platform's. */
@Entity
@Table(name = "mastery_concept")
class ConceptNode {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Column(name = "concept_key")
    private String key;
    private String name;
    private String subject;
    private int layer;
    @Column(name = "parent_key")
    private @Nullable String parent;
    private int difficulty;
    private double examWeight;
    private @Nullable String description;
    private UUID createdBy;
    private Instant createdAt;
    private UUID updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected ConceptNode() {
    }

    ConceptNode(UUID tenant, Concept concept, UUID by, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.key = concept.key();
        this.createdBy = by;
        this.createdAt = now;
        assign(concept, by, now);
    }

    /** Takes the concept's fields; says whether anything changed, so that unchanged rows keep their audit. */
    boolean update(Concept concept, UUID by, Instant now) {
        if (sameAs(concept)) {
            return false;
        }
        assign(concept, by, now);
        return true;
    }

    boolean sameAs(Concept concept) {
        return name.equals(concept.name()) && subject.equals(concept.subject()) && layer == concept.layer()
                && Objects.equals(parent, concept.parent()) && difficulty == concept.difficulty()
                && Double.compare(examWeight, concept.examWeight()) == 0
                && Objects.equals(description, concept.description());
    }

    private void assign(Concept concept, UUID by, Instant now) {
        this.name = concept.name();
        this.subject = concept.subject();
        this.layer = concept.layer();
        this.parent = concept.parent();
        this.difficulty = concept.difficulty();
        this.examWeight = concept.examWeight();
        this.description = concept.description();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    Concept toConcept(boolean platform) {
        return new Concept(key, name, subject, layer, parent, difficulty, examWeight, description, platform);
    }

    String key() {
        return key;
    }

    UUID tenantId() {
        return tenantId;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
