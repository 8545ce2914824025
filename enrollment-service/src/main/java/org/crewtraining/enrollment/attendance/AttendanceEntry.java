package org.crewtraining.enrollment.attendance;

import java.time.Instant;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;

/**
 * One row of the attendance history: the first record of an (enrolment, session), or a correction.
 *
 * @param reasonCode null for the first record, the correction's reason otherwise
 * @param recordedBy the account that recorded it
 */
public record AttendanceEntry(
    String enrollmentId,
    String sessionId,
    AttendanceStatus status,
    int lateMinutes,
    AttendanceCorrectionReason reasonCode,
    String recordedBy,
    Instant recordedAt) {

  Attendance current() {
    return new Attendance(sessionId, status, lateMinutes);
  }

  boolean says(AttendanceStatus status, int lateMinutes) {
    return this.status == status && this.lateMinutes == lateMinutes;
  }
}
