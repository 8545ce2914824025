package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session of a programme, from ProgramSessionScheduled / Rescheduled / Cancelled. Date and
 * times are Asia/Seoul local. A reschedule or cancellation of a session whose scheduling was never
 * seen leaves what it says (no delivery mode, topic or location).
 *
 * @param contactMinutes minutes it counts for toward planned minutes while active
 */
public record ProgramSession(
    String sessionId,
    LocalDate date,
    LocalTime startTime,
    LocalTime endTime,
    int contactMinutes,
    String deliveryMode,
    String topic,
    String location,
    ReportedSessionStatus status) {

  /** Not cancelled: counts toward planned minutes and attendance. */
  public boolean active() {
    return status != ReportedSessionStatus.CANCELLED;
  }

  ProgramSession rescheduled(LocalDate newDate, LocalTime start, LocalTime end, int minutes) {
    return new ProgramSession(
        sessionId,
        newDate,
        start,
        end,
        minutes,
        deliveryMode,
        topic,
        location,
        // A cancelled session stays cancelled: program-service refuses to move one.
        status == ReportedSessionStatus.CANCELLED ? status : ReportedSessionStatus.RESCHEDULED);
  }

  ProgramSession cancelled() {
    return new ProgramSession(
        sessionId,
        date,
        startTime,
        endTime,
        contactMinutes,
        deliveryMode,
        topic,
        location,
        ReportedSessionStatus.CANCELLED);
  }
}
