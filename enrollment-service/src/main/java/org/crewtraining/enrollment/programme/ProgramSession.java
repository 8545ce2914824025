package org.crewtraining.enrollment.programme;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A session of a programme as program-service announced it; times are Asia/Seoul local.
 *
 * @param contactMinutes what the session counts for toward planned and attended time
 * @param cancelled a cancelled session no longer counts and takes no attendance
 */
public record ProgramSession(
    String sessionId,
    String programId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    int contactMinutes,
    boolean cancelled) {

  public boolean active() {
    return !cancelled;
  }
}
