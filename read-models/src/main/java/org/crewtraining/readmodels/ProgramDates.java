package org.crewtraining.readmodels;

import java.time.LocalDate;

/** When a programme runs, as last announced; both null until ProgramCreated is applied. */
public record ProgramDates(LocalDate startDate, LocalDate endDate) {

  public static final ProgramDates UNKNOWN = new ProgramDates(null, null);
}
