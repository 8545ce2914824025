package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * The business period a report is about, separate from its knowledge time (the instant up to which
 * events are known, {@code asOf}): which programmes' facts count. Every part is optional (null
 * means "unbounded"); a programme not created yet (a stub with no catalogue) is in only {@link
 * #ALL}.
 *
 * @param fromYear lowest cohort year, inclusive
 * @param toYear highest cohort year, inclusive
 * @param from earliest programme end date (the day its completions are decided), inclusive
 * @param to latest programme end date, inclusive
 */
public record ReportPeriod(Integer fromYear, Integer toYear, LocalDate from, LocalDate to) {

  public static final ReportPeriod ALL = new ReportPeriod(null, null, null, null);

  public static ReportPeriod years(Integer fromYear, Integer toYear) {
    return new ReportPeriod(fromYear, toYear, null, null);
  }

  public boolean unbounded() {
    return fromYear == null && toYear == null && from == null && to == null;
  }

  /** Whether a programme with this catalogue and these dates belongs to the period. */
  public boolean includes(ProgramCatalogue catalogue, ProgramDates dates) {
    if (unbounded()) {
      return true;
    }
    Integer year = catalogue.cohortYear();
    LocalDate end = dates.endDate();
    return (fromYear == null || (year != null && year >= fromYear))
        && (toYear == null || (year != null && year <= toYear))
        && (from == null || (end != null && !end.isBefore(from)))
        && (to == null || (end != null && !end.isAfter(to)));
  }
}
