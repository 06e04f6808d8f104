package org.vidya.assessment.exchange;

import java.util.List;

/** A written file and the items the format could not carry, with the reason for each. */
public record WriteResult(byte[] content, List<Skipped> skipped) {

    public WriteResult {
        skipped = List.copyOf(skipped);
    }

    public record Skipped(String externalId, String reason) {
    }
}
