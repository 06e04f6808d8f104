package org.vidya.mastery.calibration;

import java.util.UUID;

/**
 * One graded answer as calibration reads it: who, which item, the fraction of credit (0..1), and
 * the tenant whose learner answered (an item is its tenant's or the platform's).
 */
record GradedResponse(UUID tenant, UUID learner, UUID item, double outcome) {
}
