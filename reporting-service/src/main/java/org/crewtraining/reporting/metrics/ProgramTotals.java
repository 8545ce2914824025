package org.crewtraining.reporting.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;

/**
 * Every programme's completion figures and their sum, the overall figures: kept up to date from the
 * programmes a flush reads back, so the overall ones need no scan of every enrollment. Counts are
 * summed; the rate is derived from the sums, as {@link Figures#of} does. Not thread-safe.
 */
final class ProgramTotals {

  private final Map<String, Completion> byProgram = new HashMap<>();
  private long enrolled;
  private long completed;
  private long notCompleted;

  static ProgramTotals of(List<ProgramCompletion> programs) {
    ProgramTotals totals = new ProgramTotals();
    totals.update(programs);
    return totals;
  }

  /** Replaces the figures of these programmes. */
  void update(List<ProgramCompletion> programs) {
    for (ProgramCompletion program : programs) {
      Completion before = byProgram.put(program.programId(), program.figures());
      if (before != null) {
        add(before, -1);
      }
      add(program.figures(), 1);
    }
  }

  Completion overall() {
    return new Completion(enrolled, completed, notCompleted, Figures.ratio(completed, enrolled));
  }

  private void add(Completion figures, int sign) {
    enrolled += sign * figures.enrolled();
    completed += sign * figures.completed();
    notCompleted += sign * figures.notCompleted();
  }
}
