package org.crewtraining.program.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.program.domain.Program;
import org.crewtraining.program.domain.ProgramStatus;

/** A programme as the API shows it. */
public record ProgramView(
    String programId,
    String title,
    List<String> partners,
    ProgramFormat format,
    CraftTrack track,
    Audience audience,
    int capacity,
    LocalDate startDate,
    LocalDate endDate,
    DeliveryMode deliveryMode,
    int cohortYear,
    String location,
    Integer plannedHours,
    String instructionLanguage,
    ProgramStatus status,
    String cancelReason,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static ProgramView of(Program p) {
    return new ProgramView(
        p.programId(),
        p.title(),
        p.partners(),
        p.format(),
        p.track(),
        p.audience(),
        p.capacity(),
        p.startDate(),
        p.endDate(),
        p.deliveryMode(),
        p.cohortYear(),
        p.location(),
        p.plannedHours(),
        p.instructionLanguage(),
        p.status(),
        p.cancelReason(),
        p.version(),
        p.createdAt(),
        p.updatedAt());
  }
}
