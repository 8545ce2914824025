package org.crewtraining.enrollment.attendance;

import java.util.List;
import org.crewtraining.enrollment.programme.ProgramSession;

/**
 * One enrolment's attendance at every session of its programme (cancelled ones included, marked),
 * each with its whole history, and the latest assessment.
 *
 * @param assessment null while none is recorded
 */
public record EnrollmentAttendance(
    String enrollmentId, String programId, List<Session> sessions, Assessment assessment) {

  /**
   * @param current the latest entry; null while not recorded
   * @param history every entry, oldest first (the first record, then corrections)
   */
  public record Session(
      ProgramSession session, AttendanceEntry current, List<AttendanceEntry> history) {}
}
