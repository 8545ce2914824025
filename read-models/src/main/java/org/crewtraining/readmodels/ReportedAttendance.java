package org.crewtraining.readmodels;

/** A participant's attendance at one session, as AttendanceRecorded / Corrected say. */
public enum ReportedAttendance {
  /** A status this reader does not know: recorded, not attended. */
  UNKNOWN,
  PRESENT,
  LATE,
  ABSENT,
  EXCUSED;

  /** PRESENT and LATE count as attended; ABSENT, EXCUSED and UNKNOWN do not. */
  public boolean attended() {
    return this == PRESENT || this == LATE;
  }

  static ReportedAttendance of(String symbol) {
    for (ReportedAttendance a : values()) {
      if (a.name().equals(symbol)) {
        return a;
      }
    }
    return UNKNOWN;
  }
}
