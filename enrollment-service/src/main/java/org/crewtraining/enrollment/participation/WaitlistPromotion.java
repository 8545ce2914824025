package org.crewtraining.enrollment.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.crewtraining.enrollment.programme.ProgramLifecycleEffects;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.springframework.stereotype.Component;

/**
 * Moves waitlisted participants into free seats (in a programme that selects by application, the
 * reserve gets them instead: {@link FreedSeats}) and ends enrollments of cancelled programmes.
 * Callers hold the programme's row lock.
 *
 * <p>When people leave the waitlist (promotion or withdrawal) everyone behind them moves up so that
 * positions stay 1..n. Those shifts emit no events: a consumer knows each waiting enrollment's
 * order from the EnrollmentWaitlisted events and sees every departure (EnrollmentPromoted,
 * EnrollmentWithdrawn, EnrollmentCancelled), so the current position is its rank among those still
 * waiting. One event per shifted participant would turn a single withdrawal into hundreds of
 * events.
 */
@Component
class WaitlistPromotion implements ProgramLifecycleEffects {

  private final EnrollmentRepository enrollments;
  private final ProgrammeLock locks;
  private final EnrollmentEvents events;
  private final Clock clock;
  private final FreedSeats freedSeats;

  WaitlistPromotion(
      EnrollmentRepository enrollments,
      ProgrammeLock locks,
      EnrollmentEvents events,
      Clock clock,
      FreedSeats freedSeats) {
    this.freedSeats = freedSeats;
    this.enrollments = enrollments;
    this.locks = locks;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Gives free seats to the head of the waitlist; only an open programme changes enrollments.
   *
   * @param seats the programme's counters as they stand now
   */
  void fillFreeSeats(ProgramSnapshot program, Seats seats, EventCause cause) {
    if (!EnrollmentLifecycle.takesEnrolments(program.status())) {
      return;
    }
    int promote =
        SeatAllocation.seatsToPromote(program.capacity(), seats.confirmed(), seats.waitlisted());
    if (promote == 0) {
      return;
    }
    String programId = program.programId();
    for (Enrollment waiting : enrollments.waitlistHead(programId, promote)) {
      EnrollmentLifecycle.next(
          EnrollmentLifecycle.Given.of(waiting, program.status()), EnrollmentAction.PROMOTE);
      events.promoted(waiting, cause);
    }
    Instant now = clock.instant();
    enrollments.promoteWaitlistHead(programId, promote, now);
    enrollments.closeWaitlistGap(programId, promote, promote, now);
  }

  @Override
  public void capacityChanged(ProgramSnapshot program, EventMetadata cause) {
    if (!freedSeats.offerToReserve(program, EventCause.after(cause))) {
      fillFreeSeats(program, locks.seats(program.programId()), EventCause.after(cause));
    }
  }

  @Override
  public void programmeCancelled(
      ProgramSnapshot program, ProgramCancellationReason reasonCode, EventMetadata cause) {
    EventCause after = EventCause.after(cause);
    List<Enrollment> active = enrollments.active(program.programId());
    for (Enrollment enrollment : active) {
      EnrollmentLifecycle.next(
          EnrollmentLifecycle.Given.of(enrollment, program.status()), EnrollmentAction.CANCEL);
      events.cancelled(enrollment, reasonCode, after);
    }
    enrollments.cancelActive(program.programId(), active.size(), reasonCode, clock.instant());
  }
}
