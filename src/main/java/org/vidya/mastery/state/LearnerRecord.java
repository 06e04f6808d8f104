package org.vidya.mastery.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.mastery.model.LearnerTrace;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * One learner in one tenant: the model's learner trace, ability on the IRT scale with its
 * standard error, the diagnostic's own estimate (a rebuild starts from it) and the exam date.
 * Every update of a learner's knowledge locks this row first, so that two updates for the same
 * learner run one after the other and neither is lost.
 */
@Entity
@Table(name = "mastery_learner")
class LearnerRecord {

    /** Ability before any evidence: the population's, N(0, 1). */
    static final double PRIOR_THETA = 0.0;
    static final double PRIOR_ERROR = 1.0;
    private static final double THETA_LIMIT = 4.0;

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private String trace;
    private double theta;
    @Column(name = "theta_se")
    private double thetaError;
    private boolean diagnosed;
    private @Nullable Double diagnosticTheta;
    @Column(name = "diagnostic_theta_se")
    private @Nullable Double diagnosticThetaError;
    private @Nullable LocalDate examDate;
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected LearnerRecord() {
    }

    LearnerRecord(UserId learner, LearnerTrace trace, Instant now) {
        this.id = Ids.next();
        this.learnerId = learner.value();
        this.trace = trace.encode();
        this.theta = PRIOR_THETA;
        this.thetaError = PRIOR_ERROR;
        this.updatedAt = now;
    }

    LearnerTrace trace() {
        return LearnerTrace.decode(trace);
    }

    void trace(LearnerTrace next) {
        this.trace = next.encode();
    }

    /**
     * One answer's evidence on ability under the 2PL model, as a Gaussian (Laplace) update:
     * precision grows by the item's Fisher information and theta moves by the residual over the
     * new precision. Constant time, and the standard error it leaves is honest about how much
     * evidence there is.
     */
    void observeAbility(double difficulty, double discrimination, double outcome) {
        double p = 1.0 / (1.0 + Math.exp(-discrimination * (theta - difficulty)));
        double precision = 1.0 / (thetaError * thetaError) + discrimination * discrimination * p * (1 - p);
        theta = Math.clamp(theta + discrimination * (outcome - p) / precision, -THETA_LIMIT, THETA_LIMIT);
        thetaError = 1.0 / Math.sqrt(precision);
    }

    void diagnose(double theta, double standardError, Instant now) {
        this.theta = theta;
        this.thetaError = standardError;
        this.diagnosticTheta = theta;
        this.diagnosticThetaError = standardError;
        this.diagnosed = true;
        this.updatedAt = now;
    }

    /** Back to before any answer (the diagnostic's estimate, when there is one), for a rebuild. */
    void reset(LearnerTrace fresh, Instant now) {
        this.trace = fresh.encode();
        this.theta = diagnosticTheta == null ? PRIOR_THETA : diagnosticTheta;
        this.thetaError = diagnosticThetaError == null ? PRIOR_ERROR : diagnosticThetaError;
        this.updatedAt = now;
    }

    void examDate(@Nullable LocalDate date, Instant now) {
        this.examDate = date;
        this.updatedAt = now;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    UserId learner() { return new UserId(learnerId); }
    double theta() { return theta; }
    double thetaError() { return thetaError; }
    boolean diagnosed() { return diagnosed; }
    @Nullable LocalDate examDate() { return examDate; }
}
