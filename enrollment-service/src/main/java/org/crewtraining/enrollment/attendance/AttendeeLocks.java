package org.crewtraining.enrollment.attendance;

import java.util.List;
import org.crewtraining.enrollment.participation.EnrollmentAction;
import org.crewtraining.enrollment.participation.EnrollmentLifecycle;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme row lock that every attendance or assessment change of an enrolment starts with (as
 * every enrollment change does), and the enrolment rule it is checked against.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AttendeeLocks {

  private final ProgramSnapshotRepository programs;
  private final AttendanceRepository attendance;

  AttendeeLocks(ProgramSnapshotRepository programs, AttendanceRepository attendance) {
    this.programs = programs;
    this.attendance = attendance;
  }

  /**
   * Locks the enrolment's programme, then reads the enrolment under that lock (the programme of an
   * enrolment never changes, so the first read only finds the row to lock).
   */
  Locked lock(String enrollmentId) {
    String programId =
        attendance.attendees(List.of(enrollmentId)).stream()
            .findFirst()
            .orElseThrow(() -> new ResourceNotFoundException("Enrollment", enrollmentId))
            .programId();
    ProgramSnapshot program = programs.lock(programId).orElseThrow();
    return new Locked(program, attendance.attendees(List.of(enrollmentId)).get(0));
  }

  /** The enrolment rule for the action; a refusal names where in the request it happened. */
  static void check(
      Attendee attendee, ProgramSnapshot program, EnrollmentAction action, String at) {
    try {
      EnrollmentLifecycle.next(
          new EnrollmentLifecycle.Given(
              attendee.status(), attendee.outcomeRecorded(), program.status()),
          action);
    } catch (StateConflictException e) {
      throw new StateConflictException(
          e.code(), at + " (" + attendee.enrollmentId() + "): " + e.getMessage());
    }
  }

  record Locked(ProgramSnapshot program, Attendee attendee) {}
}
