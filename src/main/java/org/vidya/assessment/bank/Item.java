package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/**
 * An item of a bank: its type and body (JSON text), and what tests need around it. The body's
 * {@code itemVersion} goes up with every change to the body or its translations; a deleted item
 * is only retired, so that attempts and results that name it still make sense.
 */
@Entity
@Table(name = "assessment_item")
class Item {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID bankId;
    private @Nullable UUID categoryId;
    private String type;
    private String body;
    private String locale;
    private @Nullable String translations;
    private @Nullable String title;
    private BigDecimal marks;
    private BigDecimal negativeMarks;
    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;
    @Column(name = "irt_a")
    private double irtA;
    @Column(name = "irt_b")
    private double irtB;
    @Column(name = "irt_c")
    private double irtC;
    private boolean irtCalibrated;
    private @Nullable String primaryConcept;
    private String secondaryConcepts;
    private @Nullable String explanation;
    private @Nullable String source;
    @Column(name = "source_year")
    private @Nullable Integer year;
    private long exposures;
    private @Nullable Double facility;
    private @Nullable Double discrimination;
    private int itemVersion;
    private boolean retired;
    private UUID createdBy;
    private Instant createdAt;
    private UUID updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected Item() {
    }

    Item(UUID tenant, UUID bank, UUID by, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.bankId = bank;
        this.itemVersion = 1;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
        this.secondaryConcepts = "";
    }

    /**
     * Applies checked fields; returns true when the body (or a translation, or the type) changed,
     * which makes a new version.
     */
    boolean apply(CheckedItem c, UUID by, Instant now, boolean isNew) {
        boolean keyChanged = !isNew && (!c.type().equals(type) || !c.bodyJson().equals(body)
                || !java.util.Objects.equals(c.translationsJson(), translations));
        this.type = c.type();
        this.body = c.bodyJson();
        this.locale = c.locale();
        this.translations = c.translationsJson();
        this.title = c.title();
        this.categoryId = c.category();
        this.marks = c.marks();
        this.negativeMarks = c.negativeMarks();
        this.difficulty = c.difficulty();
        this.irtA = c.irt().a();
        this.irtB = c.irt().b();
        this.irtC = c.irt().c();
        this.irtCalibrated = c.irt().calibrated();
        this.primaryConcept = c.primaryConcept();
        this.secondaryConcepts = String.join(",", c.secondaryConcepts());
        this.explanation = c.explanation();
        this.source = c.source();
        this.year = c.year();
        this.updatedBy = by;
        this.updatedAt = now;
        if (keyChanged) {
            itemVersion++;
        }
        return keyChanged;
    }

    void retire(UUID by, Instant now) {
        this.retired = true;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void recordStatistics(long exposures, double facility, @Nullable Double discrimination) {
        this.exposures = exposures;
        this.facility = facility;
        this.discrimination = discrimination;
    }

    void clearCategory() {
        this.categoryId = null;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    UUID bankId() {
        return bankId;
    }

    @Nullable UUID categoryId() {
        return categoryId;
    }

    String type() {
        return type;
    }

    String body() {
        return body;
    }

    String locale() {
        return locale;
    }

    @Nullable String translations() {
        return translations;
    }

    @Nullable String title() {
        return title;
    }

    BigDecimal marks() {
        return marks;
    }

    BigDecimal negativeMarks() {
        return negativeMarks;
    }

    Difficulty difficulty() {
        return difficulty;
    }

    Irt irt() {
        return new Irt(irtA, irtB, irtC, irtCalibrated);
    }

    @Nullable String primaryConcept() {
        return primaryConcept;
    }

    List<String> secondaryConcepts() {
        return secondaryConcepts.isEmpty() ? List.of() : Arrays.asList(secondaryConcepts.split(","));
    }

    @Nullable String explanation() {
        return explanation;
    }

    @Nullable String source() {
        return source;
    }

    @Nullable Integer year() {
        return year;
    }

    long exposures() {
        return exposures;
    }

    @Nullable Double facility() {
        return facility;
    }

    @Nullable Double discrimination() {
        return discrimination;
    }

    int itemVersion() {
        return itemVersion;
    }

    boolean retired() {
        return retired;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
