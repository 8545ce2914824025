package org.crewtraining.program.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Call a programme off. The code is published with ProgramCancelled and reaches every enrolment;
 * the note stays in program-service (ADR 0006).
 */
public record CancelProgram(
    @Schema(description = "Why; published with ProgramCancelled. UNSPECIFIED cannot be sent.")
        @NotNull
        @NotUnspecified
        ProgramCancellationReason reasonCode,
    @Schema(description = "Free text, kept only in program-service (never in an event)")
        @Size(max = 500)
        String note) {

  public Reason<ProgramCancellationReason> reason() {
    return new Reason<>(reasonCode, note);
  }
}
