package org.crewtraining.enrollment.participation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.crewtraining.enrollment.participant.ParticipantService;
import org.crewtraining.enrollment.programme.ProgramSessionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every enrollment change: checks first, then writes and appends events, all in one transaction
 * that starts by locking the programme row. A rejected request therefore writes nothing.
 */
@Service
public class EnrollmentService {

  private final ParticipantService participants;
  private final ProgrammeLock locks;
  private final EnrollmentRepository enrollments;
  private final WaitlistPromotion promotion;
  private final EnrollmentEvents events;
  private final Clock clock;
  private final ApplicationEventPublisher outcomes;
  private final ProgramSessionRepository sessions;
  private final FreedSeats freedSeats;

  EnrollmentService(
      ParticipantService participants,
      ProgrammeLock locks,
      EnrollmentRepository enrollments,
      WaitlistPromotion promotion,
      EnrollmentEvents events,
      Clock clock,
      ApplicationEventPublisher outcomes,
      ProgramSessionRepository sessions,
      FreedSeats freedSeats) {
    this.sessions = sessions;
    this.freedSeats = freedSeats;
    this.participants = participants;
    this.locks = locks;
    this.enrollments = enrollments;
    this.promotion = promotion;
    this.events = events;
    this.clock = clock;
    this.outcomes = outcomes;
  }

  @Transactional
  public Enrollment enrol(String programId, String participantId, CommandContext request) {
    ProgrammeLock.Locked locked =
        locks
            .forEnrolment(programId, participantId)
            .orElseThrow(() -> unknownProgramme(programId, participantId));
    Newcomer newcomer = locked.newcomer();
    if (newcomer == null) {
      throw new ResourceNotFoundException("Participant", participantId);
    }
    if (locked.selectsByApplication()) {
      throw new StateConflictException(
          "programme-selects-by-application",
          "Programme "
              + programId
              + " selects by application: apply with POST /programs/{id}/applications; seats"
              + " go only through the offers of its selection");
    }
    ProgramSnapshot program = locked.program();
    EnrollmentLifecycle.checkEnrol(programId, program.status());
    if (!program.admits(newcomer.participantType())) {
      throw new StateConflictException(
          "audience-not-admitted",
          "Programme audience "
              + program.audience()
              + " does not admit "
              + newcomer.participantType());
    }
    Seats seats = locked.seats();
    int position =
        SeatAllocation.placeNewcomer(program.capacity(), seats.confirmed(), seats.waitlisted());
    Instant now = clock.instant();
    Enrollment enrollment = Enrollment.admitted(programId, participantId, position, now);
    enrollments.insertNew(enrollment);
    EventCause cause = EventCause.of(request);
    if (position == 0) {
      events.confirmed(enrollment, newcomer, null, cause);
    } else {
      events.waitlisted(enrollment, newcomer, cause);
    }
    return enrollment;
  }

  /**
   * Frees the seat (promoting the head of the waitlist, or offering it to the reserve of a
   * programme that selects by application) or leaves the waitlist.
   */
  @Transactional
  public Enrollment withdraw(String enrollmentId, Withdrawal withdrawal, CommandContext request) {
    Locked locked = lock(enrollmentId);
    Enrollment e = locked.enrollment();
    EnrollmentLifecycle.next(locked.given(), EnrollmentAction.WITHDRAW);
    Instant now = clock.instant();
    enrollments.withdraw(e, withdrawal, now);
    EventMetadata withdrawn = events.withdrawn(e, withdrawal, EventCause.of(request));
    if (e.status() == EnrollmentStatus.WAITLISTED) {
      enrollments.closeWaitlistGap(e.programId(), e.waitlistPosition(), 1, now);
    } else if (!freedSeats.offerToReserve(locked.program(), EventCause.after(withdrawn))) {
      promotion.fillFreeSeats(
          locked.program(), locked.seats().without(e.status()), EventCause.after(withdrawn));
    }
    return get(enrollmentId);
  }

  /** Cumulative figures; reporting the figures already recorded is a no-op. */
  @Transactional
  public Enrollment recordProgress(
      String enrollmentId, ProgressRequest progress, CommandContext request) {
    Locked locked = lock(enrollmentId);
    Enrollment e = locked.enrollment();
    requireNoSessions(e.programId());
    EnrollmentLifecycle.next(locked.given(), EnrollmentAction.RECORD_PROGRESS);
    if (e.sessionsAttended() == progress.sessionsAttended()
        && Double.compare(e.hoursAttended(), progress.hoursAttended()) == 0) {
      return e; // the same figures again change nothing: no write, no event
    }
    enrollments.recordProgress(
        enrollmentId, progress.sessionsAttended(), progress.hoursAttended(), clock.instant());
    Enrollment updated = get(enrollmentId);
    events.progress(updated, EventCause.of(request));
    return updated;
  }

  /** Recorded once; an identical repeat returns the stored record without a new event. */
  @Transactional
  public Enrollment recordCompletion(
      String enrollmentId, CompletionRequest completion, CommandContext request) {
    CompletionRequest c = completion.normalized();
    Locked locked = lock(enrollmentId);
    Enrollment e = locked.enrollment();
    requireNoSessions(e.programId());
    if (e.status() == EnrollmentStatus.CONFIRMED && e.completionRecorded() && c.sameAs(e)) {
      return e; // the recorded completion again changes nothing: no write, no event
    }
    EnrollmentLifecycle.next(locked.given(), EnrollmentAction.RECORD_COMPLETION);
    CompletionRules.checkCompletionDate(
        c.completionDate(), LocalDate.now(clock), locked.program().startDate());
    enrollments.recordCompletion(enrollmentId, c, clock.instant());
    Enrollment updated = get(enrollmentId);
    outcomes.publishEvent(
        new OutcomeRecorded(updated, events.completion(updated, null, EventCause.of(request))));
    return updated;
  }

  @Transactional(readOnly = true)
  public Enrollment get(String enrollmentId) {
    return enrollments
        .find(enrollmentId)
        .orElseThrow(() -> new ResourceNotFoundException("Enrollment", enrollmentId));
  }

  /**
   * Progress and outcome are typed by hand only for programmes without sessions; a programme that
   * runs on sessions derives them from attendance (evaluation or override).
   */
  private void requireNoSessions(String programId) {
    if (sessions.hasActiveSessions(programId)) {
      throw new StateConflictException(
          "derived-from-attendance",
          "Programme "
              + programId
              + " runs on sessions: new programmes derive progress from attendance. Record"
              + " attendance per session, then POST /enrollments/{id}/completion/evaluation"
              + " (or /completion/override).");
    }
  }

  /** No programme row: an unknown participant is still reported first. */
  private ResourceNotFoundException unknownProgramme(String programId, String participantId) {
    participants.get(participantId);
    return new ResourceNotFoundException("Program", programId);
  }

  /**
   * Locks the enrollment's programme, then reads the enrollment as it is under that lock (a new
   * statement, so it sees whatever the previous lock holder committed).
   */
  private Locked lock(String enrollmentId) {
    ProgrammeLock.Locked programme =
        locks
            .ofEnrollment(enrollmentId)
            .orElseThrow(() -> new ResourceNotFoundException("Enrollment", enrollmentId));
    return new Locked(programme, get(enrollmentId));
  }

  private record Locked(ProgrammeLock.Locked programme, Enrollment enrollment) {

    ProgramSnapshot program() {
      return programme.program();
    }

    Seats seats() {
      return programme.seats();
    }

    EnrollmentLifecycle.Given given() {
      return EnrollmentLifecycle.Given.of(enrollment, program().status());
    }
  }
}
