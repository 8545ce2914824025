package org.crewtraining.readmodels;

import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionSchedule;

/**
 * {@link ProjectionFold}'s cases for sessions, attendance entries and certificates: each event
 * replaces one session, one session's entry or one certificate.
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

  static EnrollmentState issued(EnrollmentState state, CertificateIssued e) {
    IssuedCertificate existing = state.certificates().get(e.getCertificateId());
    return state.withCertificate(
        e.getCertificateId(),
        // Issued after its revocation was seen: still revoked (revocation is final).
        new IssuedCertificate(
            e.getIssueDate(), e.getHours(), existing != null && existing.revoked()));
  }

  static EnrollmentState revoked(EnrollmentState state, CertificateRevoked e) {
    IssuedCertificate existing = state.certificates().get(e.getCertificateId());
    return state.withCertificate(
        e.getCertificateId(),
        existing != null ? existing.revoke() : new IssuedCertificate(null, 0.0, true));
  }
}
