package org.crewtraining.readmodels;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each programme's {@link FigureTotals}: as the fold's state gives them, and as a batch of the fold
 * changes them (what reporting-service adds to the totals stored on each programme's row).
 */
public final class ProgramFigures {

  private ProgramFigures() {}

  /** Every programme's totals in this state (zero for one without enrollments), by id. */
  public static Map<String, FigureTotals> of(ReportingState state) {
    return of(state, ReadModels.enrollmentFigures(state));
  }

  /**
   * Every programme's totals from these figures of the state's enrollments (by enrollment id), each
   * added to the programme its enrollment belongs to; an enrollment without figures adds nothing.
   */
  public static Map<String, FigureTotals> of(
      ReportingState state, Map<String, EnrollmentFigures> figures) {
    Map<String, FigureTotals> totals = new TreeMap<>();
    state.programs().keySet().forEach(id -> totals.put(id, FigureTotals.ZERO));
    state
        .enrollments()
        .forEach(
            (id, e) -> {
              EnrollmentFigures f = figures.get(id);
              if (f != null) {
                totals.merge(e.programId(), FigureTotals.of(f), FigureTotals::plus);
              }
            });
    return totals;
  }

  /**
   * How these enrollments, as a batch left them, change their programmes' totals, given the same
   * enrollments before the batch (absent: new). Only programmes whose totals move are listed.
   */
  public static Map<String, FigureTotals> changes(
      Map<String, EnrollmentState> before, Collection<EnrollmentState> after) {
    Map<String, FigureTotals> changes = new TreeMap<>();
    for (EnrollmentState now : after) {
      EnrollmentState was = before.get(now.enrollmentId());
      if (was != null && !was.programId().equals(now.programId())) {
        // Not something the fold does today; counted out of one programme and into the other.
        changes.merge(
            was.programId(),
            FigureTotals.of(EnrollmentFigures.of(was)).negate(),
            FigureTotals::plus);
        was = null;
      }
      FigureTotals change =
          FigureTotals.change(
              was == null ? null : EnrollmentFigures.of(was), EnrollmentFigures.of(now));
      changes.merge(now.programId(), change, FigureTotals::plus);
    }
    changes.values().removeIf(FigureTotals::isZero);
    return changes;
  }
}
