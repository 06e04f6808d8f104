package org.vidya.assessment.bank;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;

/** One concept key an item tests (primary or secondary), for finding candidates by concept. */
@Entity
@Table(name = "assessment_item_concept")
class ItemConcept {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID bankId;
    private UUID itemId;
    private String concept;

    protected ItemConcept() {
    }

    ItemConcept(UUID tenant, UUID bank, UUID item, String concept) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.bankId = bank;
        this.itemId = item;
        this.concept = concept;
    }
}
