package org.crewtraining.program.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Call a programme off. The code is published with ProgramCancelled and reaches every enrolment;
 * the note stays in program-service (ADR 0006).
 */
public record CancelProgram(
    @NotNull @NotUnspecified ProgramCancellationReason reasonCode, @Size(max = 500) String note) {

  public Reason<ProgramCancellationReason> reason() {
    return new Reason<>(reasonCode, note);
  }
}
