package org.crewtraining.enrollment.programme;

import java.time.Instant;
import java.time.LocalDate;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;

/** Local copy of what program-service announced about a programme. */
public record ProgramSnapshot(
    String programId,
    String title,
    ProgramSnapshotStatus status,
    int capacity,
    Audience audience,
    CraftTrack track,
    LocalDate startDate,
    LocalDate endDate,
    Instant updatedAt) {

  /**
   * Audience rule: a targeted programme admits only its own group, OPEN admits everyone, and an
   * audience this service does not understand (UNKNOWN) admits nobody rather than guessing.
   */
  public boolean admits(ParticipantType type) {
    return switch (audience) {
      case OPEN -> true;
      case INDUSTRY_WORKER -> type == ParticipantType.INDUSTRY_WORKER;
      case UNIVERSITY_STUDENT -> type == ParticipantType.UNIVERSITY_STUDENT;
      case UNKNOWN -> false;
    };
  }
}
