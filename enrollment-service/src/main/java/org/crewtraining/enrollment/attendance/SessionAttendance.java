package org.crewtraining.enrollment.attendance;

import java.time.Instant;
import java.util.List;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;

/** One session's roster: every confirmed enrolment, with its current attendance if taken. */
public record SessionAttendance(ProgramSession session, List<Line> roster) {

  /**
   * @param status null while not recorded
   * @param correctionReasonCode the latest correction's reason; null if never corrected
   */
  public record Line(
      String enrollmentId,
      String participantId,
      AttendanceStatus status,
      int lateMinutes,
      AttendanceCorrectionReason correctionReasonCode,
      String recordedBy,
      Instant recordedAt) {}
}
