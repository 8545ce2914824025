package org.crewtraining.program.programme;

import java.time.LocalDate;

/** A start and end date, checked together by {@link ValidSchedule}. */
public interface Schedule {
  LocalDate startDate();

  LocalDate endDate();
}
