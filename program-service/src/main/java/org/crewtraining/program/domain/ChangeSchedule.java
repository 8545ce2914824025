package org.crewtraining.program.domain;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.crewtraining.support.validation.NoContactDetails;

/** Move a programme's dates; the reason travels with the ProgramScheduleChanged event. */
@ValidSchedule
public record ChangeSchedule(
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @Size(max = 500) @NoContactDetails String reason)
    implements Schedule {}
