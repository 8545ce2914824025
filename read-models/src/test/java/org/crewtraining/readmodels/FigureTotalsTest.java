package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic of totals kept by adding each enrollment's change: after minus before. */
class FigureTotalsTest {

  private static final EnrollmentFigures WAITLISTED =
      new EnrollmentFigures(0, 0, 1, 0, 0, 0, 0, 0, 0.0, null, 0, 0, 0, 0, 0);
  private static final EnrollmentFigures PROMOTED =
      new EnrollmentFigures(1, 1, 0, 0, 0, 0, 0, 1, 0.0, "ptc-1", 0, 0, 0, 0, 0);
  private static final EnrollmentFigures ATTENDED =
      new EnrollmentFigures(1, 1, 0, 0, 0, 0, 0, 1, 6.1, "ptc-1", 0, 0, 0, 0, 0);
  private static final EnrollmentFigures COMPLETED =
      new EnrollmentFigures(1, 0, 0, 0, 0, 1, 0, 1, 40.0, "ptc-1", 1, 0, 0, 1, 0);

  @Test
  void aNewEnrollmentAddsAllItCountsFor() {
    assertThat(FigureTotals.change(null, WAITLISTED))
        .isEqualTo(new FigureTotals(0, 0, 1, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0));
  }

  @Test
  void aChangedEnrollmentMovesEachFigureByAfterMinusBefore() {
    assertThat(FigureTotals.change(WAITLISTED, PROMOTED))
        .isEqualTo(new FigureTotals(1, 1, -1, 0, 0, 0, 0, 1, BigDecimal.ZERO, 0, 0, 0, 0, 0));
    assertThat(FigureTotals.change(ATTENDED, COMPLETED))
        .isEqualTo(
            new FigureTotals(0, -1, 0, 0, 0, 1, 0, 0, new BigDecimal("33.9"), 1, 0, 0, 1, 0));
    assertThat(FigureTotals.change(COMPLETED, COMPLETED).isZero()).isTrue();
  }

  @Test
  void totalsKeptByChangesEqualTheSumOfTheEnrollmentsAsTheyEnd() {
    // One enrollment through four states, another added once; hours that binary doubles miss.
    FigureTotals kept = FigureTotals.ZERO;
    EnrollmentFigures[] story = {WAITLISTED, PROMOTED, ATTENDED, COMPLETED};
    EnrollmentFigures before = null;
    for (EnrollmentFigures now : story) {
      kept = kept.plus(FigureTotals.change(before, now));
      before = now;
    }
    EnrollmentFigures other =
        new EnrollmentFigures(1, 1, 0, 0, 0, 0, 0, 0, 0.2, "ptc-2", 0, 0, 0, 0, 0);
    kept = kept.plus(FigureTotals.change(null, other));

    assertThat(kept).isEqualTo(FigureTotals.sum(List.of(COMPLETED, other)));
    assertThat(kept)
        .isEqualTo(new FigureTotals(2, 1, 0, 0, 0, 1, 0, 1, new BigDecimal("40.2"), 1, 0, 0, 1, 0));
    assertThat(kept.figures()).isEqualTo(Figures.sum(List.of(COMPLETED, other)));
  }

  @Test
  void equalAmountsOfHoursAreEqualWhateverTheirScale() {
    FigureTotals a =
        new FigureTotals(0, 0, 0, 0, 0, 0, 0, 0, new BigDecimal("3.00"), 0, 0, 0, 0, 0);
    FigureTotals b = new FigureTotals(0, 0, 0, 0, 0, 0, 0, 0, new BigDecimal("3"), 0, 0, 0, 0, 0);

    assertThat(a).isEqualTo(b);
    assertThat(a.minus(b).isZero()).isTrue();
    assertThat(a.plus(a.negate())).isEqualTo(FigureTotals.ZERO);
    assertThat(
            new FigureTotals(0, 0, 0, 0, 0, 0, 0, 0, new BigDecimal("60.0"), 0, 0, 0, 0, 0)
                .trainingHours())
        .hasToString("60");
  }
}
