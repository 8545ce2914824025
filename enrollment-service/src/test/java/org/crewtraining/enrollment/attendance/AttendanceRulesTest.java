package org.crewtraining.enrollment.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.web.InvalidFieldException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The attendance entry's rules and who corrects when, as tables. */
class AttendanceRulesTest {

  @ParameterizedTest(name = "{0} with lateMinutes {1} in a {2}-minute session: {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          # status | lateMinutes | contact | then (stored minutes, or refused)
          PRESENT  | -           | 120     | 0
          PRESENT  | 0           | 120     | 0
          PRESENT  | 5           | 120     | refused
          ABSENT   | 0           | 120     | 0
          ABSENT   | 1           | 120     | refused
          EXCUSED  | -           | 120     | 0
          EXCUSED  | 30          | 120     | refused
          LATE     | -           | 120     | refused
          LATE     | 0           | 120     | refused
          LATE     | 1           | 120     | 1
          LATE     | 119         | 120     | 119
          LATE     | 120         | 120     | refused
          LATE     | 200         | 120     | refused
          """)
  void lateMinutesAreForLateOnlyAndShorterThanTheSession(
      AttendanceStatus status, Integer lateMinutes, int contact, String then) {
    if (then.equals("refused")) {
      assertThatThrownBy(
              () ->
                  AttendanceRules.lateMinutes(
                      status, lateMinutes, contact, "entries[3].lateMinutes"))
          .isInstanceOfSatisfying(
              InvalidFieldException.class,
              e -> assertThat(e.field()).isEqualTo("entries[3].lateMinutes"));
    } else {
      assertThat(AttendanceRules.lateMinutes(status, lateMinutes, contact, "lateMinutes"))
          .isEqualTo(Integer.parseInt(then));
    }
  }

  @ParameterizedTest(name = "programme {0}, roles {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # programme | caller's roles            | may correct
          PUBLISHED   | REGISTRAR                 | yes
          PUBLISHED   | PROGRAM_ADMIN             | yes
          PUBLISHED   | AUDITOR VIEWER            | no
          CLOSED      | REGISTRAR                 | no
          CLOSED      | PROGRAM_ADMIN             | yes
          CLOSED      | REGISTRAR PROGRAM_ADMIN   | yes
          CLOSED      | AUDITOR                   | no
          """)
  void registrarsCorrectWhileTheProgrammeRunsProgrammeAdminsAlsoAfterItsClose(
      ProgramSnapshotStatus programme, String roles, String may) {
    Set<CrewRole> caller =
        Arrays.stream(roles.split(" "))
            .map(CrewRole::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CrewRole.class)));

    assertThat(AttendanceRules.mayCorrect(programme, caller)).isEqualTo(may.equals("yes"));
  }
}
