package org.crewtraining.program.session;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import org.crewtraining.events.programs.SessionSchedule;

/**
 * When a session takes place (Asia/Seoul local date and times) and the contact minutes it counts
 * for toward planned and attended hours. Times are whole minutes, shown as {@code 09:30}.
 */
public record Slot(
    LocalDate date,
    @JsonFormat(pattern = "HH:mm") LocalTime startTime,
    @JsonFormat(pattern = "HH:mm") LocalTime endTime,
    int contactMinutes) {

  static Slot of(SessionTimes times) {
    return new Slot(times.date(), times.startTime(), times.endTime(), times.contactMinutes());
  }

  SessionSchedule toEvent() {
    return new SessionSchedule(date, startTime, endTime, contactMinutes);
  }
}
