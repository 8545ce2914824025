package org.crewtraining.readmodels;

import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionSchedule;

/**
 * {@link ProjectionFold}'s cases for sessions and attendance entries: each event replaces one
 * session or one session's entry.
 */
final class SessionFold {

  private SessionFold() {}

  static ProgramState scheduled(ProgramState state, ProgramSessionScheduled e) {
    SessionSchedule when = e.getSchedule();
    ProgramSession existing = state.sessions().get(e.getSessionId());
    return state.withSession(
        new ProgramSession(
            e.getSessionId(),
            when.getDate(),
            when.getStartTime(),
            when.getEndTime(),
            when.getContactMinutes(),
            e.getDeliveryMode().name(),
            e.getTopic(),
            e.getLocation(),
            // A repeated scheduling neither revives a cancelled session nor forgets a move.
            existing == null ? ReportedSessionStatus.SCHEDULED : existing.status()));
  }

  static ProgramState rescheduled(ProgramState state, ProgramSessionRescheduled e) {
    SessionSchedule when = e.getSchedule();
    ProgramSession existing = state.sessions().get(e.getSessionId());
    ProgramSession session =
        existing != null
            ? existing
            : new ProgramSession(e.getSessionId(), null, null, null, 0, null, null, null, null);
    return state.withSession(
        session.rescheduled(
            when.getDate(), when.getStartTime(), when.getEndTime(), when.getContactMinutes()));
  }

  static ProgramState cancelled(ProgramState state, ProgramSessionCancelled e) {
    ProgramSession existing = state.sessions().get(e.getSessionId());
    ProgramSession session =
        existing != null
            ? existing
            : new ProgramSession(e.getSessionId(), null, null, null, 0, null, null, null, null);
    return state.withSession(session.cancelled());
  }

  static EnrollmentState recorded(EnrollmentState state, AttendanceRecorded e) {
    return state.withSessionAttendance(
        e.getSessionId(),
        new SessionAttendance(
            ReportedAttendance.of(e.getStatus().name()), e.getLateMinutes(), false));
  }

  static EnrollmentState corrected(EnrollmentState state, AttendanceCorrected e) {
    return state.withSessionAttendance(
        e.getSessionId(),
        new SessionAttendance(
            ReportedAttendance.of(e.getStatus().name()), e.getLateMinutes(), true));
  }
}
