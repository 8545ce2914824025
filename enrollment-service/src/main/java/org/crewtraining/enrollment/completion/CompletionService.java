package org.crewtraining.enrollment.completion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EnrollmentAction;
import org.crewtraining.enrollment.participation.EnrollmentLifecycle;
import org.crewtraining.enrollment.participation.EnrollmentService;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.OutcomeRecording;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rule on demand for one enrolment, and a registrar's override. */
@Service
public class CompletionService {

  private final EnrollmentService enrollments;
  private final ProgramSnapshotRepository programs;
  private final RuleOutcomes rule;
  private final OutcomeRecording outcomes;
  private final Clock clock;

  CompletionService(
      EnrollmentService enrollments,
      ProgramSnapshotRepository programs,
      RuleOutcomes rule,
      OutcomeRecording outcomes,
      Clock clock) {
    this.enrollments = enrollments;
    this.programs = programs;
    this.rule = rule;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * Evaluates the rule now, once every active session has taken place; the outcome is dated on the
   * last session.
   */
  @Transactional
  public Evaluated evaluate(String enrollmentId, CommandContext ctx) {
    Locked locked = lock(enrollmentId);
    Enrollment e = locked.enrollment();
    ProgramSnapshot program = locked.program();
    EnrollmentLifecycle.next(
        new EnrollmentLifecycle.Given(e.status(), e.outcome() != null, program.status()),
        EnrollmentAction.RECORD_COMPLETION);
    List<ProgramSession> active = rule.activeSessions(program.programId());
    if (active.isEmpty()) {
      throw new StateConflictException(
          "no-sessions",
          "Programme "
              + program.programId()
              + " has no active sessions: its outcome is recorded by hand"
              + " (PUT /enrollments/{id}/completion)");
    }
    LocalDate last = RuleOutcomes.lastDate(active);
    if (last.isAfter(LocalDate.now(clock))) {
      throw new StateConflictException(
          "sessions-outstanding",
          "The programme's last session is on "
              + last
              + "; evaluate after it has taken place (or at close)");
    }
    return rule.record(program, e, active, last, EventCause.of(ctx));
  }

  /** CompletionOverridden, replacing any outcome; the same override again is a no-op. */
  @Transactional
  public Enrollment override(String enrollmentId, OverrideRequest request, CommandContext ctx) {
    Locked locked = lock(enrollmentId);
    return outcomes.override(
        locked.program(),
        locked.enrollment(),
        new OutcomeRecording.Override(
            request.outcome(),
            request.hoursCompleted(),
            request.completionDate(),
            request.reasonCode()),
        EventCause.of(ctx));
  }

  /** Locks the enrolment's programme, then reads the enrolment under that lock. */
  private Locked lock(String enrollmentId) {
    String programId = enrollments.get(enrollmentId).programId();
    ProgramSnapshot program = programs.lock(programId).orElseThrow();
    return new Locked(program, enrollments.get(enrollmentId));
  }

  private record Locked(ProgramSnapshot program, Enrollment enrollment) {}
}
