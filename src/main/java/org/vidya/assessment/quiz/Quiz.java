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
import org.jspecify.annotations.Nullable;
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
    private @Nullable UUID personalFor;
    private @Nullable String personalKind;
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

    /** A test only {@code learner} sees and takes (a weekly adaptive test); {@code kind} is its personal kind. */
    static Quiz personal(QuizSpec spec, UserId learner, String kind, Instant now) {
        Quiz quiz = new Quiz(spec, learner, now);
        quiz.personalFor = learner.value();
        quiz.personalKind = kind;
        return quiz;
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
    boolean personal() { return personalFor != null; }
    /** Whether the test is listed to and may be taken by this person: every test of the school, or their own personal one. */
    boolean openTo(UserId user) { return personalFor == null || personalFor.equals(user.value()); }
    @Nullable String personalKind() { return personalKind; }
}
