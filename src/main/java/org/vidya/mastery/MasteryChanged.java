package org.vidya.mastery;

import java.time.Instant;
import java.util.List;

import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** Published when new evidence moved a learner's mastery; lists each concept's value before and after. */
public record MasteryChanged(UserId learner, List<Change> changes, EvidenceSource source, TenantId tenant,
        Instant occurredAt) {

    public MasteryChanged {
        changes = List.copyOf(changes);
    }

    public record Change(String concept, double before, double after) {
    }
}
