package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.junit.jupiter.api.Test;

class ProgramTotalsTest {

  private static ProgramCompletion program(String id, long enrolled, long completed, long not) {
    return new ProgramCompletion(id, id, new Completion(enrolled, completed, not, 0));
  }

  @Test
  void theOverallFiguresAreTheSumsWithTheRateDerivedFromThem() {
    ProgramTotals totals = ProgramTotals.of(List.of(program("a", 4, 1, 1), program("b", 2, 2, 0)));

    assertThat(totals.overall()).isEqualTo(new Completion(6, 3, 1, 0.5));
  }

  @Test
  void aProgrammeReadAgainReplacesItsFiguresInsteadOfAddingToThem() {
    ProgramTotals totals = ProgramTotals.of(List.of(program("a", 4, 1, 1), program("b", 2, 2, 0)));

    totals.update(List.of(program("a", 5, 2, 1), program("c", 1, 0, 0)));

    assertThat(totals.overall()).isEqualTo(new Completion(8, 4, 1, 0.5));
  }

  @Test
  void nothingEnrolledHasARateOfZero() {
    assertThat(ProgramTotals.of(List.of()).overall()).isEqualTo(new Completion(0, 0, 0, 0.0));
  }
}
