package org.crewtraining.program.session;

import java.time.LocalDate;
import java.time.LocalTime;

/** A request that places a session in time; checked by {@link ValidSessionTimes}. */
public interface SessionTimes {
  LocalDate date();

  LocalTime startTime();

  LocalTime endTime();

  Integer contactMinutes();
}
