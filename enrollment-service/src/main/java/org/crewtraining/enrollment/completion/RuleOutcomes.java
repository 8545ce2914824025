package org.crewtraining.enrollment.completion;

import java.time.LocalDate;
import java.util.List;
import org.crewtraining.enrollment.attendance.Assessment;
import org.crewtraining.enrollment.attendance.AttendanceRepository;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.OutcomeRecording;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.crewtraining.enrollment.programme.ProgramSessionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.events.enrollments.AttendanceFigures;
import org.springframework.stereotype.Component;

/**
 * Evaluates a programme's rule for one enrolment on its stored facts and records the outcome
 * (CompletionRecorded with the figures). Callers hold the programme's row lock.
 */
@Component
class RuleOutcomes {

  private final ProgramSessionRepository sessions;
  private final AttendanceRepository attendance;
  private final OutcomeRecording outcomes;

  RuleOutcomes(
      ProgramSessionRepository sessions,
      AttendanceRepository attendance,
      OutcomeRecording outcomes) {
    this.sessions = sessions;
    this.attendance = attendance;
    this.outcomes = outcomes;
  }

  /** The programme's active sessions, in date order; empty when it does not run on sessions. */
  List<ProgramSession> activeSessions(String programId) {
    return sessions.of(programId).stream().filter(ProgramSession::active).toList();
  }

  Evaluated record(
      ProgramSnapshot program,
      Enrollment e,
      List<ProgramSession> active,
      LocalDate completionDate,
      EventCause cause) {
    CompletionEvaluation.Result r =
        CompletionEvaluation.evaluate(
            sessions.ruleOf(program.programId()),
            active,
            attendance.currentOf(e.enrollmentId()),
            attendance.assessmentOf(e.enrollmentId()).map(Assessment::passed).orElse(null));
    AttendanceFigures figures =
        new AttendanceFigures(
            r.attendedMinutes(),
            r.plannedMinutes(),
            r.minAttendedPercent(),
            r.requiredSessionsMissed(),
            r.assessmentPassed(),
            r.ruleVersion());
    Enrollment updated =
        outcomes.byRule(
            program, e, r.outcome(), r.hoursCompleted(), completionDate, figures, cause);
    return new Evaluated(updated, r);
  }

  /** The date of the last active session (the list is in date order). */
  static LocalDate lastDate(List<ProgramSession> active) {
    return active.get(active.size() - 1).date();
  }
}
