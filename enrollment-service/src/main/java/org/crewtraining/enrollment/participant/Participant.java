package org.crewtraining.enrollment.participant;

import java.time.Instant;
import org.crewtraining.events.common.CraftTrack;

/**
 * A registered participant. Name, e-mail and organisation are personal data: they are returned by
 * this service's API but never leave it in events. Once erased they are null and {@code erasure}
 * says when and why; the pseudonymous id, type and craft stay (they identify nobody).
 */
public record Participant(
    String participantId,
    String name,
    String email,
    String organisation,
    ParticipantType participantType,
    CraftTrack craft,
    Instant registeredAt,
    Erasure erasure) {

  public boolean erased() {
    return erasure != null;
  }
}
