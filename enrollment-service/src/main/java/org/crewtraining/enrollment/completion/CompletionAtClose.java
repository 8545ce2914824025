package org.crewtraining.enrollment.completion;

import java.time.LocalDate;
import java.util.List;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EnrollmentQueries;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.programme.ProgramClosedEffects;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.common.EventMetadata;
import org.springframework.stereotype.Component;

/**
 * At close, the rule decides every confirmed enrolment still without an outcome, each
 * CompletionRecorded caused by ProgramClosed. A programme without active sessions is left to
 * outcomes typed by hand. The outcome is dated on the last session, or on the close if that came
 * first.
 */
@Component
class CompletionAtClose implements ProgramClosedEffects {

  private final EnrollmentQueries enrollments;
  private final RuleOutcomes rule;
  private final EnrollmentProperties properties;

  CompletionAtClose(
      EnrollmentQueries enrollments, RuleOutcomes rule, EnrollmentProperties properties) {
    this.enrollments = enrollments;
    this.rule = rule;
    this.properties = properties;
  }

  @Override
  public void programmeClosed(ProgramSnapshot program, EventMetadata cause) {
    List<ProgramSession> active = rule.activeSessions(program.programId());
    if (active.isEmpty()) {
      return;
    }
    LocalDate closedOn = LocalDate.ofInstant(cause.getOccurredAt(), properties.timeZone());
    LocalDate last = RuleOutcomes.lastDate(active);
    LocalDate date = last.isBefore(closedOn) ? last : closedOn;
    EventCause after = EventCause.after(cause);
    for (Enrollment e : enrollments.awaitingOutcome(program.programId())) {
      rule.record(program, e, active, date, after);
    }
  }
}
