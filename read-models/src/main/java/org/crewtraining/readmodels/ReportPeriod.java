package org.crewtraining.readmodels;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The business period a report is about: which programmes' facts count. It is separate from the
 * report's knowledge time ({@code asOf}, the instant up to which events are known: what had been
 * recorded by then). "The 2024 cohort as known at 2024-12-31" is the period {@code years(2024,
 * 2024)} at the knowledge time 2024-12-31T23:59:59; the same period as known now also counts a
 * completion recorded in January 2025.
 *
 * <p>Every part is optional (null means "unbounded") and the given parts all apply. A programme is
 * judged by its cohort year and end date as known at the knowledge time; a programme not created
 * yet (a stub with no catalogue) is in only {@link #ALL}.
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

  /** Programmes ending between {@code from} and {@code to}, inclusive (either may be null). */
  public static ReportPeriod endingBetween(LocalDate from, LocalDate to) {
    return new ReportPeriod(null, null, from, to);
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

  /** Whether the programme, as folded, belongs to the period. */
  public boolean includes(ProgramState program) {
    return includes(program.catalogue(), program.dates());
  }

  /**
   * The folded state of the period's programmes only: those programmes (with their sessions), their
   * enrollments and their applications. Every read model of the result is then over the period.
   */
  public ReportingState restrict(ReportingState state) {
    if (unbounded()) {
      return state;
    }
    Map<String, ProgramState> programs =
        state.programs().entrySet().stream()
            .filter(p -> includes(p.getValue()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    return new ReportingState(
        programs,
        only(state.enrollments(), e -> programs.containsKey(e.programId())),
        only(state.applications(), a -> programs.containsKey(a.programId())));
  }

  private static <T> Map<String, T> only(Map<String, T> byId, Predicate<T> keep) {
    return byId.entrySet().stream()
        .filter(entry -> keep.test(entry.getValue()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
