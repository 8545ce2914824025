package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What one enrollment counts for, per state it can be in, and the figures of a set as the sum of
 * those: the definitions reporting-service stores and its queries only add up.
 */
class EnrollmentFiguresTest {

  static Stream<Arguments> eachStateCountsForItsFigures() {
    return Stream.of(
        // status, ever held a seat, promoted, attended, outcome hours → figures
        Arguments.of(
            EnrollmentStatus.CONFIRMED,
            true,
            false,
            6.5,
            null,
            figures(1, 1, 0, 0, 0, 0, 0, 0, 6.5)),
        Arguments.of(
            EnrollmentStatus.WAITLISTED,
            false,
            false,
            0.0,
            null,
            figures(0, 0, 1, 0, 0, 0, 0, 0, 0)),
        Arguments.of(
            EnrollmentStatus.WITHDRAWN, true, false, 4.0, null, figures(1, 0, 0, 1, 0, 0, 0, 0, 4)),
        // left the waitlist without ever holding a seat: not enrolled, not crew
        Arguments.of(
            EnrollmentStatus.WITHDRAWN,
            false,
            false,
            0.0,
            null,
            figures(0, 0, 0, 1, 0, 0, 0, 0, 0)),
        Arguments.of(
            EnrollmentStatus.CANCELLED, true, true, 2.0, null, figures(1, 0, 0, 0, 1, 0, 0, 1, 2)),
        // the outcome's hours replace the attendance
        Arguments.of(
            EnrollmentStatus.COMPLETED,
            true,
            false,
            30.0,
            40.0,
            figures(1, 0, 0, 0, 0, 1, 0, 0, 40)),
        Arguments.of(
            EnrollmentStatus.NOT_COMPLETED,
            true,
            true,
            12.0,
            12.0,
            figures(1, 0, 0, 0, 0, 0, 1, 1, 12)));
  }

  @ParameterizedTest
  @MethodSource
  void eachStateCountsForItsFigures(
      EnrollmentStatus status,
      boolean everConfirmed,
      boolean promoted,
      double attended,
      Double outcomeHours,
      EnrollmentFigures expected) {
    EnrollmentState enrollment =
        enrollment("e", "ptc-1", status, everConfirmed, promoted, attended, outcomeHours);

    assertThat(EnrollmentFigures.of(enrollment)).isEqualTo(expected);
  }

  @Test
  void theFiguresOfASetAreTheSumsWithRatesDerivedFromThem() {
    List<EnrollmentState> programme =
        List.of(
            enrollment("e1", "a", EnrollmentStatus.COMPLETED, true, false, 0.0, 40.0),
            enrollment("e2", "b", EnrollmentStatus.WITHDRAWN, true, false, 4.25, null),
            enrollment("e3", "c", EnrollmentStatus.NOT_COMPLETED, true, true, 10.0, 12.0),
            enrollment("e4", "d", EnrollmentStatus.WAITLISTED, false, false, 0.0, null));

    assertThat(ReadModels.figuresOf(programme))
        .isEqualTo(new Figures(3, 0, 1, 1, 0, 1, 1, 1, 0.3333, 56.25));
    assertThat(Figures.sum(programme.stream().map(EnrollmentFigures::of).toList()))
        .isEqualTo(ReadModels.figuresOf(programme));
    assertThat(Figures.sum(List.of())).isEqualTo(Figures.NONE);
  }

  /** The counts in {@link Figures} order, then the hours; crew when it ever held a seat. */
  private static EnrollmentFigures figures(
      int enrolled,
      int confirmed,
      int waitlisted,
      int withdrawn,
      int cancelled,
      int completed,
      int notCompleted,
      int promoted,
      double hours) {
    return new EnrollmentFigures(
        enrolled,
        confirmed,
        waitlisted,
        withdrawn,
        cancelled,
        completed,
        notCompleted,
        promoted,
        hours,
        enrolled == 1 ? "ptc-1" : null);
  }

  private static EnrollmentState enrollment(
      String id,
      String participant,
      EnrollmentStatus status,
      boolean everConfirmed,
      boolean promoted,
      double attended,
      Double outcomeHours) {
    return new EnrollmentState(
        id,
        "P1",
        participant,
        "INDUSTRY_WORKER",
        "COLORIST",
        status,
        everConfirmed,
        promoted,
        attended,
        outcomeHours,
        outcomeHours == null ? null : LocalDate.of(2024, 11, 30),
        null);
  }
}
