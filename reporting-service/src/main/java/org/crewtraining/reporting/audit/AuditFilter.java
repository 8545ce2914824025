package org.crewtraining.reporting.audit;

import java.time.Instant;

/**
 * Which events of the trail to list or export; null means "any". Time bounds are inclusive.
 *
 * @param type simple event name, e.g. {@code CompletionRecorded}
 */
public record AuditFilter(
    String programId,
    String participantId,
    String enrollmentId,
    String type,
    Instant from,
    Instant to) {}
