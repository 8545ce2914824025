package org.crewtraining.enrollment.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.participation.EnrollmentAction;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.enrollment.programme.ProgramSessionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and corrects attendance. Every change locks the programme's row first (as every
 * enrollment change does), checks everything, then writes: a refused request writes nothing and
 * produces no event. Entries are only added, never updated.
 */
@Service
public class AttendanceService {

  private final ProgramSnapshotRepository programs;
  private final AttendeeLocks locks;
  private final ProgramSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final AttendanceEvents events;
  private final Clock clock;

  AttendanceService(
      ProgramSnapshotRepository programs,
      AttendeeLocks locks,
      ProgramSessionRepository sessions,
      AttendanceRepository attendance,
      AttendanceEvents events,
      Clock clock) {
    this.programs = programs;
    this.locks = locks;
    this.sessions = sessions;
    this.attendance = attendance;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One session's roster, all or nothing: one AttendanceRecorded per entry. An entry identical to
   * what is recorded is a no-op; a different one must be a correction.
   */
  @Transactional
  public void record(
      String programId, String sessionId, RecordAttendanceRequest request, CommandContext ctx) {
    ProgramSnapshot program =
        programs
            .lock(programId)
            .orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    ProgramSession session = activeSession(program, sessionId);
    if (program.status() != ProgramSnapshotStatus.PUBLISHED) {
      throw new StateConflictException(
          program.status() == ProgramSnapshotStatus.CLOSED ? "program-closed" : "program-not-open",
          "Programme "
              + programId
              + " is "
              + program.status()
              + "; attendance is taken while it is PUBLISHED (a recorded entry can still be"
              + " corrected)");
    }
    List<RecordAttendanceRequest.Entry> entries = request.entries();
    requireDistinct(entries);
    Map<String, Attendee> attendees =
        attendance
            .attendees(entries.stream().map(RecordAttendanceRequest.Entry::enrollmentId).toList())
            .stream()
            .collect(Collectors.toMap(Attendee::enrollmentId, Function.identity()));
    Map<String, AttendanceEntry> recorded =
        attendance.currentAt(sessionId).stream()
            .collect(Collectors.toMap(AttendanceEntry::enrollmentId, Function.identity()));
    Instant now = clock.instant();
    List<AttendanceEntry> toRecord = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      RecordAttendanceRequest.Entry entry = entries.get(i);
      String at = "entries[" + i + "]";
      Attendee attendee = attendees.get(entry.enrollmentId());
      if (attendee == null || !attendee.programId().equals(programId)) {
        throw new InvalidFieldException(
            at + ".enrollmentId", "is not an enrolment of programme " + programId);
      }
      AttendeeLocks.check(attendee, program, EnrollmentAction.RECORD_ATTENDANCE, at);
      int late =
          AttendanceRules.lateMinutes(
              entry.status(), entry.lateMinutes(), session.contactMinutes(), at + ".lateMinutes");
      AttendanceEntry existing = recorded.get(attendee.enrollmentId());
      if (existing != null) {
        if (existing.says(entry.status(), late)) {
          continue; // recorded just so already: nothing to write, no event
        }
        throw new StateConflictException(
            "attendance-already-recorded",
            at
                + " ("
                + attendee.enrollmentId()
                + "): attendance at session "
                + sessionId
                + " is recorded as "
                + existing.status()
                + "; correct it with PUT /enrollments/"
                + attendee.enrollmentId()
                + "/attendance/"
                + sessionId);
      }
      toRecord.add(
          new AttendanceEntry(
              attendee.enrollmentId(), sessionId, entry.status(), late, null, ctx.actor(), now));
    }
    EventCause cause = EventCause.of(ctx);
    for (AttendanceEntry entry : toRecord) {
      attendance.insert(entry);
      events.recorded(attendees.get(entry.enrollmentId()), entry, cause);
    }
  }

  /**
   * Replaces the current entry by a new one with a reason code (AttendanceCorrected); the earlier
   * entries stay. The same status and minutes again is a no-op.
   *
   * @param roles the caller's: once the programme is closed only PROGRAM_ADMIN corrects
   */
  @Transactional
  public void correct(
      String enrollmentId,
      String sessionId,
      CorrectAttendanceRequest request,
      Set<CrewRole> roles,
      CommandContext ctx) {
    AttendeeLocks.Locked locked = locks.lock(enrollmentId);
    ProgramSnapshot program = locked.program();
    if (!AttendanceRules.mayCorrect(program.status(), roles)) {
      throw new CorrectionForbiddenException(
          "Programme "
              + program.programId()
              + " is "
              + program.status()
              + ": its attendance is corrected by a PROGRAM_ADMIN only");
    }
    ProgramSession session = activeSession(program, sessionId);
    Attendee attendee = locked.attendee();
    AttendeeLocks.check(attendee, program, EnrollmentAction.CORRECT_ATTENDANCE, "enrollment");
    AttendanceEntry existing =
        attendance
            .current(enrollmentId, sessionId)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "attendance-not-recorded",
                        "No attendance of "
                            + enrollmentId
                            + " at session "
                            + sessionId
                            + " to correct; record it with POST /programs/"
                            + program.programId()
                            + "/sessions/"
                            + sessionId
                            + "/attendance"));
    int late =
        AttendanceRules.lateMinutes(
            request.status(), request.lateMinutes(), session.contactMinutes(), "lateMinutes");
    if (existing.says(request.status(), late)) {
      return; // nothing to correct: no entry, no event
    }
    AttendanceEntry correction =
        new AttendanceEntry(
            enrollmentId,
            sessionId,
            request.status(),
            late,
            request.reasonCode(),
            ctx.actor(),
            clock.instant());
    attendance.insert(correction);
    events.corrected(attendee, correction, EventCause.of(ctx));
  }

  /** A session of this programme that still takes place. */
  private ProgramSession activeSession(ProgramSnapshot program, String sessionId) {
    ProgramSession session =
        sessions
            .find(sessionId)
            .filter(s -> s.programId().equals(program.programId()))
            .orElseThrow(
                () ->
                    new ResourceNotFoundException(
                        "Session", sessionId + " of programme " + program.programId()));
    if (!session.active()) {
      throw new StateConflictException(
          "session-cancelled", "Session " + sessionId + " is cancelled; it takes no attendance");
    }
    return session;
  }

  private static void requireDistinct(List<RecordAttendanceRequest.Entry> entries) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Integer earlier = first.putIfAbsent(entries.get(i).enrollmentId(), i);
      if (earlier != null) {
        throw new InvalidFieldException(
            "entries[" + i + "].enrollmentId", "appears twice (also entries[" + earlier + "])");
      }
    }
  }
}
