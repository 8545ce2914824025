package org.crewtraining.enrollment.attendance;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.enrollment.programme.ProgramSessionRepository;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AttendanceQueries {

  private final ProgramSessionRepository sessions;
  private final AttendanceRepository attendance;

  AttendanceQueries(ProgramSessionRepository sessions, AttendanceRepository attendance) {
    this.sessions = sessions;
    this.attendance = attendance;
  }

  public SessionAttendance ofSession(String programId, String sessionId) {
    ProgramSession session =
        sessions
            .find(sessionId)
            .filter(s -> s.programId().equals(programId))
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "Session", sessionId + " of programme " + programId));
    Map<String, AttendanceEntry> current =
        attendance.currentAt(sessionId).stream()
            .collect(Collectors.toMap(AttendanceEntry::enrollmentId, Function.identity()));
    List<SessionAttendance.Line> roster =
        attendance.confirmed(programId).stream()
            .map(
                a -> {
                  AttendanceEntry e = current.get(a.enrollmentId());
                  return e == null
                      ? new SessionAttendance.Line(
                          a.enrollmentId(), a.participantId(), null, 0, null, null, null)
                      : new SessionAttendance.Line(
                          a.enrollmentId(),
                          a.participantId(),
                          e.status(),
                          e.lateMinutes(),
                          e.reasonCode(),
                          e.recordedBy(),
                          e.recordedAt());
                })
            .toList();
    return new SessionAttendance(session, roster);
  }

  public EnrollmentAttendance ofEnrollment(String enrollmentId) {
    Attendee attendee =
        attendance.attendees(List.of(enrollmentId)).stream()
            .findFirst()
            .orElseThrow(() -> new ResourceNotFoundException("Enrollment", enrollmentId));
    Map<String, List<AttendanceEntry>> history =
        attendance.historyOf(enrollmentId).stream()
            .collect(Collectors.groupingBy(AttendanceEntry::sessionId));
    List<EnrollmentAttendance.Session> lines =
        sessions.of(attendee.programId()).stream()
            .map(
                s -> {
                  List<AttendanceEntry> entries = history.getOrDefault(s.sessionId(), List.of());
                  return new EnrollmentAttendance.Session(
                      s, entries.isEmpty() ? null : entries.get(entries.size() - 1), entries);
                })
            .toList();
    return new EnrollmentAttendance(
        enrollmentId,
        attendee.programId(),
        lines,
        attendance.assessmentOf(enrollmentId).orElse(null));
  }
}
