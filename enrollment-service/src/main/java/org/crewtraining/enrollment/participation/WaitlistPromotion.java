package org.crewtraining.enrollment.participation;

import java.time.Clock;
import java.time.Instant;
import org.crewtraining.enrollment.programme.ProgramLifecycleEffects;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.springframework.stereotype.Component;

/**
 * Moves waitlisted participants into free seats and ends enrollments of cancelled programmes.
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
  private final EnrollmentEvents events;
  private final Clock clock;

  WaitlistPromotion(EnrollmentRepository enrollments, EnrollmentEvents events, Clock clock) {
    this.enrollments = enrollments;
    this.events = events;
    this.clock = clock;
  }

  /** Gives free seats to the head of the waitlist; only an open programme changes enrollments. */
  void fillFreeSeats(ProgramSnapshot program, EventCause cause) {
    if (!EnrollmentLifecycle.takesEnrolments(program.status())) {
      return;
    }
    String programId = program.programId();
    EnrollmentRepository.Occupancy seats = enrollments.occupancy(programId, null);
    int promote =
        SeatAllocation.seatsToPromote(program.capacity(), seats.confirmed(), seats.waitlisted());
    if (promote == 0) {
      return;
    }
    Instant now = clock.instant();
    for (Enrollment waiting : enrollments.waitlistHead(programId, promote)) {
      EnrollmentStatus promoted =
          EnrollmentLifecycle.next(
              EnrollmentLifecycle.Given.of(waiting, program.status()), EnrollmentAction.PROMOTE);
      enrollments.changeStatus(waiting.enrollmentId(), promoted, now);
      events.promoted(waiting, cause);
    }
    enrollments.closeWaitlistGap(programId, promote, promote, now);
  }

  @Override
  public void capacityChanged(ProgramSnapshot program, EventMetadata cause) {
    fillFreeSeats(program, EventCause.after(cause));
  }

  @Override
  public void programmeCancelled(
      ProgramSnapshot program, ProgramCancellationReason reasonCode, EventMetadata cause) {
    Instant now = clock.instant();
    EventCause after = EventCause.after(cause);
    for (Enrollment active : enrollments.active(program.programId())) {
      EnrollmentLifecycle.next(
          EnrollmentLifecycle.Given.of(active, program.status()), EnrollmentAction.CANCEL);
      enrollments.cancel(active.enrollmentId(), reasonCode, now);
      events.cancelled(active, reasonCode, after);
    }
  }
}
