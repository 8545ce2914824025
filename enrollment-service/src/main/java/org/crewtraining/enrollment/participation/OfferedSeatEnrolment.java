package org.crewtraining.enrollment.participation;

import java.time.Instant;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enrolment an accepted offer becomes: CONFIRMED straight away (the offer held the seat), with
 * EnrollmentConfirmed naming the application. Takes the programme's row lock like every enrolment,
 * so the confirmed count never passes the capacity, however many accept at once.
 */
@Component
public class OfferedSeatEnrolment {

  private final ProgrammeLock locks;
  private final EnrollmentRepository enrollments;
  private final EnrollmentEvents events;
  private final java.time.Clock clock;

  OfferedSeatEnrolment(
      ProgrammeLock locks,
      EnrollmentRepository enrollments,
      EnrollmentEvents events,
      java.time.Clock clock) {
    this.locks = locks;
    this.enrollments = enrollments;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @throws StateConflictException {@code program-not-open}, {@code programme-full} (the capacity
   *     was cut below the seats held) or {@code already-enrolled}
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Enrollment confirm(
      String programId, String participantId, String applicationId, EventCause cause) {
    ProgrammeLock.Locked locked =
        locks
            .forEnrolment(programId, participantId)
            .orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    if (locked.newcomer() == null) {
      throw new ResourceNotFoundException("Participant", participantId);
    }
    ProgramSnapshot program = locked.program();
    EnrollmentLifecycle.checkEnrol(programId, program.status());
    if (locked.seats().confirmed() >= program.capacity()) {
      throw new StateConflictException(
          "programme-full", "Every seat of " + programId + " is taken (its capacity was cut)");
    }
    Instant now = clock.instant();
    Enrollment enrollment = Enrollment.admitted(programId, participantId, 0, now);
    enrollments.insertNew(enrollment);
    events.confirmed(enrollment, locked.newcomer(), applicationId, cause);
    return enrollment;
  }
}
