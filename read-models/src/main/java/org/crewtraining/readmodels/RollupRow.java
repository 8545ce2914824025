package org.crewtraining.readmodels;

import java.util.Locale;

/**
 * One group of a rollup, e.g. cohort year 2024: "2024: 8 short courses, 1,100 crew, 87 %
 * completion".
 *
 * @param programmes programmes in the group (created ones; for participant type: with such crew)
 * @param crew distinct participants who ever held a seat in the group
 */
public record RollupRow(
    Dimension dimension,
    String key,
    long programmes,
    long crew,
    long enrolled,
    long completed,
    long notCompleted,
    double completionRate,
    double trainingHours,
    String summary) {

  public static RollupRow of(
      Dimension dimension,
      String key,
      long programmes,
      long crew,
      long enrolled,
      long completed,
      long notCompleted,
      double trainingHours) {
    double rate = Figures.ratio(completed, enrolled);
    String summary =
        String.format(
            Locale.ENGLISH,
            "%s: %,d programme%s, %,d crew, %.0f %% completion",
            key,
            programmes,
            programmes == 1 ? "" : "s",
            crew,
            rate * 100);
    return new RollupRow(
        dimension,
        key,
        programmes,
        crew,
        enrolled,
        completed,
        notCompleted,
        rate,
        Figures.round2(trainingHours),
        summary);
  }
}
