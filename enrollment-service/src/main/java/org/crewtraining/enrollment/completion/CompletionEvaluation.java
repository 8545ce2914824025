package org.crewtraining.enrollment.completion;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.attendance.Attendance;
import org.crewtraining.enrollment.participation.CompletionOutcome;
import org.crewtraining.enrollment.programme.CompletionRule;
import org.crewtraining.enrollment.programme.ProgramSession;

/**
 * The completion rule, evaluated on one enrolment's attendance facts. Pure: no I/O, every case in
 * {@code CompletionEvaluationTest}'s table.
 *
 * <p>Credited minutes: a PRESENT session's contact minutes in full, a LATE one less its late
 * minutes, ABSENT, EXCUSED and unrecorded ones nothing; cancelled sessions count neither as planned
 * nor as attended. The share is compared in whole numbers ({@code attended × 100 ≥ percent ×
 * planned}), so exactly 80 % meets an 80 % rule whatever the minutes.
 */
public final class CompletionEvaluation {

  /** How the figures are computed; in every CompletionRecorded it produces. */
  public static final int RULE_VERSION = 1;

  private CompletionEvaluation() {}

  /**
   * @param assessmentPassed the latest assessment's result; null when none was recorded
   */
  public static Result evaluate(
      CompletionRule rule,
      List<ProgramSession> sessions,
      List<Attendance> attendance,
      Boolean assessmentPassed) {
    Map<String, Attendance> bySession =
        attendance.stream().collect(Collectors.toMap(Attendance::sessionId, Function.identity()));
    Set<String> required = Set.copyOf(rule.requiredSessionIds());
    long planned = 0;
    long attended = 0;
    int requiredMissed = 0;
    for (ProgramSession session : sessions) {
      if (!session.active()) {
        continue;
      }
      planned += session.contactMinutes();
      Attendance a = bySession.get(session.sessionId());
      attended += a == null ? 0 : credited(session, a);
      if (required.contains(session.sessionId()) && (a == null || !a.status().attended())) {
        requiredMissed++;
      }
    }
    boolean shareMet = attended * 100 >= (long) rule.minAttendedPercent() * planned;
    Boolean assessment = rule.assessmentRequired() ? Boolean.TRUE.equals(assessmentPassed) : null;
    boolean completed = shareMet && requiredMissed == 0 && assessment != Boolean.FALSE;
    return new Result(
        completed ? CompletionOutcome.COMPLETED : CompletionOutcome.NOT_COMPLETED,
        Math.toIntExact(attended),
        Math.toIntExact(planned),
        rule.minAttendedPercent(),
        requiredMissed,
        assessment);
  }

  /** Minutes one session's attendance is credited with (never below 0). */
  static long credited(ProgramSession session, Attendance a) {
    return switch (a.status()) {
      case PRESENT -> session.contactMinutes();
      case LATE -> Math.max(0, session.contactMinutes() - a.lateMinutes());
      case ABSENT, EXCUSED -> 0;
    };
  }

  /**
   * What the rule decided and the figures it decided on (AttendanceFigures in the event).
   *
   * @param assessmentPassed null when the rule requires no assessment; false when required and not
   *     passed (or not recorded)
   */
  public record Result(
      CompletionOutcome outcome,
      int attendedMinutes,
      int plannedMinutes,
      int minAttendedPercent,
      int requiredSessionsMissed,
      Boolean assessmentPassed) {

    /** Hours completed: the credited minutes in hours. */
    public double hoursCompleted() {
      return attendedMinutes / 60.0;
    }

    public int ruleVersion() {
      return RULE_VERSION;
    }
  }
}
