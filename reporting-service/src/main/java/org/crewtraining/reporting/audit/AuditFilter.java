package org.crewtraining.reporting.audit;

import java.time.Instant;
import java.util.Objects;
import org.crewtraining.support.security.PartnerScope;

/**
 * Which events of the trail to list or export; null means "any". Time bounds are inclusive.
 *
 * @param type simple event name, e.g. {@code CompletionRecorded}
 * @param scope the caller's: a partner-bound auditor gets only the events of programmes visible to
 *     it, and no event without a programme (the completion metrics, which sum every programme)
 */
public record AuditFilter(
    String programId,
    String participantId,
    String enrollmentId,
    String type,
    Instant from,
    Instant to,
    PartnerScope scope) {

  public AuditFilter {
    Objects.requireNonNull(scope, "scope");
  }
}
