package org.crewtraining.enrollment.completion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crewtraining.enrollment.attendance.Attendance;
import org.crewtraining.enrollment.attendance.AttendanceStatus;
import org.crewtraining.enrollment.participation.CompletionOutcome;
import org.crewtraining.enrollment.programme.CompletionRule;
import org.crewtraining.enrollment.programme.ProgramSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Given a programme's sessions, its rule and one enrolment's attendance, then the outcome and the
 * figures. Sessions A-E are active, 120 contact minutes each (600 planned); X (60 minutes) is
 * cancelled; F is a 50-minute session that only some cases use.
 */
class CompletionEvaluationTest {

  private static final List<ProgramSession> FIVE =
      List.of(
          session("A", 120, false),
          session("B", 120, false),
          session("C", 120, false),
          session("D", 120, false),
          session("E", 120, false),
          session("X", 60, true));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # case                                   | rule % | required | assessment required | assessment | attendance (session:status[:late])          | then          | attended | planned | missed | passed
          all present                               | 80     | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | COMPLETED     | 600      | 600     | 0      | -
          exactly 80 % meets 80 %                   | 80     | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:ABSENT  | COMPLETED     | 480      | 600     | 0      | -
          one minute short of 80 %                  | 80     | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:LATE:1 E:ABSENT   | NOT_COMPLETED | 479      | 600     | 0      | -
          LATE credits contact minus late           | 80     | -        | no                  | -          | A:LATE:30 B:PRESENT C:PRESENT D:PRESENT E:PRESENT | COMPLETED     | 570      | 600     | 0      | -
          EXCUSED credits nothing                   | 80     | -        | no                  | -          | A:EXCUSED B:EXCUSED C:PRESENT D:PRESENT E:PRESENT | NOT_COMPLETED | 360      | 600     | 0      | -
          unrecorded sessions credit nothing        | 80     | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT                     | NOT_COMPLETED | 360      | 600     | 0      | -
          a cancelled session counts for nothing    | 80     | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:ABSENT X:PRESENT  | NOT_COMPLETED | 360      | 600     | 0      | -
          a required session missed fails the rule  | 80     | E        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:EXCUSED | NOT_COMPLETED | 480      | 600     | 1      | -
          a required session attended late counts   | 75     | E        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:ABSENT E:LATE:10  | COMPLETED     | 470      | 600     | 0      | -
          an unrecorded required session is missed  | 60     | A E      | no                  | -          | B:PRESENT C:PRESENT D:PRESENT E:PRESENT           | NOT_COMPLETED | 480      | 600     | 1      | -
          a cancelled required session is not due   | 80     | X        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | COMPLETED     | 600      | 600     | 0      | -
          required assessment not recorded          | 80     | -        | yes                 | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | NOT_COMPLETED | 600      | 600     | 0      | false
          required assessment failed                | 80     | -        | yes                 | false      | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | NOT_COMPLETED | 600      | 600     | 0      | false
          required assessment passed                | 80     | -        | yes                 | true       | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | COMPLETED     | 600      | 600     | 0      | true
          an assessment not required is not figured | 80     | -        | no                  | false      | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:PRESENT | COMPLETED     | 600      | 600     | 0      | -
          a 0 % rule completes on nothing           | 0      | -        | no                  | -          | -                                                 | COMPLETED     | 0        | 600     | 0      | -
          a 100 % rule wants every minute           | 100    | -        | no                  | -          | A:PRESENT B:PRESENT C:PRESENT D:PRESENT E:LATE:1  | NOT_COMPLETED | 599      | 600     | 0      | -
          """)
  void givenWhenThen(
      String description,
      int percent,
      String required,
      String assessmentRequired,
      Boolean assessment,
      String attendance,
      CompletionOutcome outcome,
      int attended,
      int planned,
      int missed,
      Boolean passed) {
    CompletionRule rule =
        new CompletionRule(
            percent,
            required == null ? List.of() : Arrays.asList(required.split(" ")),
            assessmentRequired.equals("yes"));

    CompletionEvaluation.Result result =
        CompletionEvaluation.evaluate(rule, FIVE, attendance(attendance), assessment);

    assertThat(result.outcome()).isEqualTo(outcome);
    assertThat(result.attendedMinutes()).isEqualTo(attended);
    assertThat(result.plannedMinutes()).isEqualTo(planned);
    assertThat(result.minAttendedPercent()).isEqualTo(percent);
    assertThat(result.requiredSessionsMissed()).isEqualTo(missed);
    assertThat(result.assessmentPassed()).isEqualTo(passed);
    assertThat(result.ruleVersion()).isEqualTo(1);
    assertThat(result.hoursCompleted()).isEqualTo(attended / 60.0);
  }

  /**
   * 56 of 70 minutes is exactly 80 %, but 56.0 / 70 * 100 is 80.00000000000001 and 0.8 * 70 is
   * 56.00000000000001 in doubles: whole-number arithmetic decides both ways the same.
   */
  @Test
  void theThresholdIsExactWhereFloatingPointIsNot() {
    List<ProgramSession> sessions = List.of(session("A", 14, false), session("B", 56, false));
    CompletionRule eighty = new CompletionRule(80, List.of(), false);

    assertThat(
            CompletionEvaluation.evaluate(eighty, sessions, attendance("B:PRESENT"), null)
                .outcome())
        .isEqualTo(CompletionOutcome.COMPLETED);
    assertThat(
            CompletionEvaluation.evaluate(eighty, sessions, attendance("A:LATE:1 B:PRESENT"), null)
                .attendedMinutes())
        .isEqualTo(69);
    assertThat(
            CompletionEvaluation.evaluate(eighty, sessions, attendance("B:LATE:1"), null).outcome())
        .isEqualTo(CompletionOutcome.NOT_COMPLETED);
  }

  @Test
  void hoursAreTheCreditedMinutesInHours() {
    CompletionEvaluation.Result result =
        CompletionEvaluation.evaluate(
            CompletionRule.LEGACY,
            FIVE,
            attendance("A:LATE:30 B:PRESENT C:PRESENT D:PRESENT E:PRESENT"),
            null);

    assertThat(result.hoursCompleted()).isEqualTo(9.5);
  }

  @Test
  void aProgrammePublishedWithoutARuleCompletesAtEightyPercent() {
    assertThat(CompletionRule.LEGACY).isEqualTo(new CompletionRule(80, List.of(), false));
  }

  private static ProgramSession session(String id, int minutes, boolean cancelled) {
    return new ProgramSession(
        id,
        "prg-1",
        LocalDate.of(2024, 7, 1),
        LocalTime.of(9, 0),
        LocalTime.of(9, 0).plusMinutes(minutes),
        minutes,
        cancelled);
  }

  private static List<Attendance> attendance(String spec) {
    List<Attendance> all = new ArrayList<>();
    if (spec == null) {
      return all;
    }
    for (String one : spec.trim().split("\\s+")) {
      String[] parts = one.split(":");
      all.add(
          new Attendance(
              parts[0],
              AttendanceStatus.valueOf(parts[1]),
              parts.length > 2 ? Integer.parseInt(parts[2]) : 0));
    }
    return all;
  }
}
