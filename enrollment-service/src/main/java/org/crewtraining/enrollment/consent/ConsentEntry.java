package org.crewtraining.enrollment.consent;

import java.time.Instant;

/** One row of a participant's consent history: given (with its notice version) or withdrawn. */
public record ConsentEntry(
    ConsentPurpose purpose,
    ConsentAction action,
    String noticeVersion,
    Instant occurredAt,
    String recordedBy,
    Instant recordedAt) {

  public enum ConsentAction {
    GIVEN,
    WITHDRAWN
  }

  public boolean given() {
    return action == ConsentAction.GIVEN;
  }
}
