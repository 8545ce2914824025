package org.crewtraining.program.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Move a programme's dates. The optional code travels with ProgramScheduleChanged (UNSPECIFIED when
 * left out); the note stays in program-service (ADR 0006).
 */
@ValidSchedule
public record ChangeSchedule(
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @Schema(description = "Why; published with ProgramScheduleChanged (UNSPECIFIED when left out)")
        @NotUnspecified
        ScheduleChangeReason reasonCode,
    @Schema(description = "Free text, kept only in program-service (never in an event)")
        @Size(max = 500)
        String note)
    implements Schedule {

  public Dates dates() {
    return new Dates(startDate, endDate);
  }

  public Reason<ScheduleChangeReason> reason() {
    return new Reason<>(reasonCode == null ? ScheduleChangeReason.UNSPECIFIED : reasonCode, note);
  }
}
