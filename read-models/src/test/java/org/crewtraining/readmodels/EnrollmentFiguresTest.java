package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What one enrollment counts for, per state it can be in, and the figures of a set as the sum of
 * those: the definitions reporting-service stores and its queries only add up.
 */
class EnrollmentFiguresTest {

  /** Given an enrollment in this state, it counts for these figures (an empty cell is null). */
  @ParameterizedTest(name = "{0} seat={1} promoted={2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # status | held a seat | promoted | hours attended | outcome's hours | counts (enrolled,
          #   confirmed, waitlisted, withdrawn, cancelled, completed, not completed, promoted from
          #   waitlist, by rule, overridden, typed by hand, certificates issued, revoked)
          #   | training hours | crew member
          CONFIRMED     | true  | false | 6.5  |      | 1,1,0,0,0,0,0,0,0,0,0,0,0 | 6.5  | ptc-1
          WAITLISTED    | false | false | 0.0  |      | 0,0,1,0,0,0,0,0,0,0,0,0,0 | 0.0  |
          WITHDRAWN     | true  | false | 4.0  |      | 1,0,0,1,0,0,0,0,0,0,0,0,0 | 4.0  | ptc-1
          WITHDRAWN     | false | false | 0.0  |      | 0,0,0,1,0,0,0,0,0,0,0,0,0 | 0.0  |
          CANCELLED     | true  | true  | 2.0  |      | 1,0,0,0,1,0,0,1,0,0,0,0,0 | 2.0  | ptc-1
          COMPLETED     | true  | false | 30.0 | 40.0 | 1,0,0,0,0,1,0,0,0,0,1,0,0 | 40.0 | ptc-1
          NOT_COMPLETED | true  | true  | 12.0 | 12.0 | 1,0,0,0,0,0,1,1,0,0,1,0,0 | 12.0 | ptc-1
          """)
  void eachStateCountsForItsFigures(
      ReportedEnrollmentStatus status,
      boolean everConfirmed,
      boolean promoted,
      double attended,
      Double outcomeHours,
      String counts,
      double trainingHours,
      String crewMember) {
    int[] c = Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray();
    EnrollmentState given =
        enrollment("e", "ptc-1", status, everConfirmed, promoted, attended, outcomeHours);

    assertThat(EnrollmentFigures.of(given))
        .isEqualTo(
            new EnrollmentFigures(
                c[0],
                c[1],
                c[2],
                c[3],
                c[4],
                c[5],
                c[6],
                c[7],
                trainingHours,
                crewMember,
                c[8],
                c[9],
                c[10],
                c[11],
                c[12]));
  }

  @Test
  void theFiguresOfASetAreTheSumsWithRatesDerivedFromThem() {
    List<EnrollmentState> programme =
        List.of(
            enrollment("e1", "a", ReportedEnrollmentStatus.COMPLETED, true, false, 0.0, 40.0),
            enrollment("e2", "b", ReportedEnrollmentStatus.WITHDRAWN, true, false, 4.25, null),
            enrollment("e3", "c", ReportedEnrollmentStatus.NOT_COMPLETED, true, true, 10.0, 12.0),
            enrollment("e4", "d", ReportedEnrollmentStatus.WAITLISTED, false, false, 0.0, null));

    assertThat(ReadModels.figuresOf(programme))
        .isEqualTo(new Figures(3, 0, 1, 1, 0, 1, 1, 1, 0.3333, 56.25, 0, 0, 2, 0, 0));
    assertThat(Figures.sum(programme.stream().map(EnrollmentFigures::of).toList()))
        .isEqualTo(ReadModels.figuresOf(programme));
    assertThat(Figures.sum(List.of())).isEqualTo(Figures.NONE);
  }

  private static EnrollmentState enrollment(
      String id,
      String participant,
      ReportedEnrollmentStatus status,
      boolean everConfirmed,
      boolean promoted,
      double attended,
      Double outcomeHours) {
    return new EnrollmentState(
        id,
        "P1",
        participant,
        new ParticipantProfile("INDUSTRY_WORKER", "COLORIST"),
        new EnrollmentStanding(status, everConfirmed, promoted),
        attended,
        outcomeHours == null
            ? EnrollmentOutcome.NONE
            : new EnrollmentOutcome(
                outcomeHours, LocalDate.of(2024, 11, 30), null, CompletionBasis.MANUAL, null),
        Map.of(),
        EnrollmentAssessment.NONE,
        Map.of());
  }
}
