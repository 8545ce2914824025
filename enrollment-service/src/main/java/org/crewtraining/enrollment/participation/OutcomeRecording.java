package org.crewtraining.enrollment.participation;

import java.time.Clock;
import java.time.LocalDate;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.enrollments.AttendanceFigures;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records an outcome that the completion feature decided (by the rule, or a registrar's override):
 * the enrolment row, its event and {@link OutcomeRecorded}, in the caller's transaction. Callers
 * hold the programme's row lock and pass the enrolment as read under it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OutcomeRecording {

  private final EnrollmentRepository enrollments;
  private final EnrollmentEvents events;
  private final ApplicationEventPublisher outcomes;
  private final Clock clock;

  OutcomeRecording(
      EnrollmentRepository enrollments,
      EnrollmentEvents events,
      ApplicationEventPublisher outcomes,
      Clock clock) {
    this.enrollments = enrollments;
    this.events = events;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /** The rule's outcome: CompletionRecorded with the figures it was evaluated on. */
  public Enrollment byRule(
      ProgramSnapshot program,
      Enrollment e,
      CompletionOutcome outcome,
      double hours,
      LocalDate date,
      AttendanceFigures figures,
      EventCause cause) {
    EnrollmentLifecycle.next(
        EnrollmentLifecycle.Given.of(e, program.status()), EnrollmentAction.RECORD_COMPLETION);
    enrollments.recordOutcome(
        e.enrollmentId(), outcome, hours, date, null, OutcomeBasis.RULE, null, clock.instant());
    Enrollment updated = find(e.enrollmentId());
    outcomes.publishEvent(new OutcomeRecorded(updated, events.completion(updated, figures, cause)));
    return updated;
  }

  /**
   * A registrar's outcome, replacing any earlier one: CompletionOverridden. The same override again
   * changes nothing (no write, no event).
   */
  public Enrollment override(ProgramSnapshot program, Enrollment e, Override o, EventCause cause) {
    EnrollmentLifecycle.next(
        EnrollmentLifecycle.Given.of(e, program.status()), EnrollmentAction.OVERRIDE_COMPLETION);
    if (o.sameAs(e)) {
      return e;
    }
    CompletionRules.checkCompletionDate(o.date(), LocalDate.now(clock), program.startDate());
    enrollments.recordOutcome(
        e.enrollmentId(),
        o.outcome(),
        o.hours(),
        o.date(),
        e.certificateId(),
        OutcomeBasis.OVERRIDE,
        o.reasonCode(),
        clock.instant());
    Enrollment updated = find(e.enrollmentId());
    outcomes.publishEvent(new OutcomeRecorded(updated, events.overridden(updated, cause)));
    return updated;
  }

  private Enrollment find(String enrollmentId) {
    return enrollments
        .find(enrollmentId)
        .orElseThrow(() -> new IllegalStateException("Enrollment vanished: " + enrollmentId));
  }

  /** What an override sets. */
  public record Override(
      CompletionOutcome outcome,
      double hours,
      LocalDate date,
      CompletionOverrideReason reasonCode) {

    boolean sameAs(Enrollment e) {
      return e.outcomeBasis() == OutcomeBasis.OVERRIDE
          && e.outcome() == outcome
          && e.hoursCompleted() != null
          && Double.compare(e.hoursCompleted(), hours) == 0
          && date.equals(e.completionDate())
          && e.overrideReasonCode() == reasonCode;
    }
  }
}
