package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.assessment.QuizId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A test of one tenant: its sections (fixed forms or blueprints) and how it is taken. */
@Entity
@Table(name = "assessment_quiz")
class Quiz {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private QuizKind kind;
    @Convert(converter = Json.SectionsColumn.class)
    private List<QuizSection> sections;
    @Convert(converter = Json.SettingsColumn.class)
    private QuizSettings settings;
    private UUID ownerId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Quiz() {
    }

    Quiz(QuizSpec spec, UserId owner, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.ownerId = owner.value();
        this.createdAt = now;
        apply(spec, now);
    }

    void apply(QuizSpec spec, Instant now) {
        this.title = spec.title().strip();
        this.description = spec.description().strip();
        this.kind = spec.kind();
        this.sections = List.copyOf(spec.sections());
        this.settings = spec.settings();
        this.updatedAt = now;
    }

    QuizSpec spec() {
        return new QuizSpec(title, description, kind, sections, settings);
    }

    QuizId quizId() { return new QuizId(id); }
    UUID id() { return id; }
    UUID tenantId() { return tenantId; }
    String title() { return title; }
    String description() { return description; }
    QuizKind kind() { return kind; }
    List<QuizSection> sections() { return sections; }
    QuizSettings settings() { return settings; }
    UserId owner() { return new UserId(ownerId); }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
}
