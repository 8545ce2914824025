package org.crewtraining.reporting.trend;

import java.time.LocalDate;
import java.time.YearMonth;

/** How completions are bucketed by their programme's end date. */
public enum Granularity {
  /** {@code 2024-07}. */
  MONTH,
  /** {@code 2024}. */
  YEAR;

  /** The bucket a programme ending on this date falls in, as its label. */
  String periodOf(LocalDate endDate) {
    return this == MONTH ? YearMonth.from(endDate).toString() : String.valueOf(endDate.getYear());
  }

  /** The first day of the bucket after the one holding {@code day}. */
  LocalDate next(LocalDate day) {
    return this == MONTH
        ? YearMonth.from(day).plusMonths(1).atDay(1)
        : LocalDate.of(day.getYear() + 1, 1, 1);
  }
}
