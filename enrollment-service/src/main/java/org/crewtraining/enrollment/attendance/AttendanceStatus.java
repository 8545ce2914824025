package org.crewtraining.enrollment.attendance;

/** A participant's attendance at one session. PRESENT and LATE count as attended. */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  ABSENT,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE;
  }

  org.crewtraining.events.enrollments.AttendanceStatus toEvent() {
    return org.crewtraining.events.enrollments.AttendanceStatus.valueOf(name());
  }
}
