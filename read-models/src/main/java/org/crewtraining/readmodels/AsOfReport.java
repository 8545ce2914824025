package org.crewtraining.readmodels;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The read models of a business period as they were known at an instant: overall figures, the
 * period's programmes, rollups, attendance, selection and distinct crew, all over the programmes
 * the period includes. Transcripts are per participant and asked for separately.
 *
 * @param asOf the knowledge time: only events recorded (occurredAt) at or before it are known
 * @param period the business period: which programmes count (cohort years, end dates), judged by
 *     what was known at {@code asOf}; {@link ReportPeriod#ALL} for every programme
 * @param events events folded up to {@code asOf}, whatever the period (the knowledge, not its
 *     subject)
 * @param attendance attendance at the period's programmes' sessions
 * @param selection applications and selection over the period's programmes
 * @param crew distinct participants and completers of the period's enrollments, also restricted by
 *     the filter it states (whose years are the period's when the period is bounded)
 */
public record AsOfReport(
    Instant asOf,
    ReportPeriod period,
    long events,
    Figures overall,
    List<ProgramSummary> programs,
    Map<Dimension, List<RollupRow>> rollups,
    AttendanceOverview attendance,
    SelectionOverview selection,
    DistinctCrew crew) {

  /** Every programme, every enrollment. */
  public static AsOfReport of(Instant asOf, long events, ReportingState state) {
    return of(asOf, ReportPeriod.ALL, events, state, CrewFilter.ANY);
  }

  /** Every programme, with the distinct crew counted over {@code crewFilter}. */
  public static AsOfReport of(
      Instant asOf, long events, ReportingState state, CrewFilter crewFilter) {
    return of(asOf, ReportPeriod.ALL, events, state, crewFilter);
  }

  /**
   * The report of {@code period} from {@code folded}, the state folded up to {@code asOf}. The
   * crew's partner, format, track and participant type come from {@code crewFilter}; its years
   * follow the period when the period is bounded, so the crew never reaches outside the report.
   */
  public static AsOfReport of(
      Instant asOf,
      ReportPeriod period,
      long events,
      ReportingState folded,
      CrewFilter crewFilter) {
    ReportingState state = period.restrict(folded);
    CrewFilter crew =
        period.unbounded() ? crewFilter : crewFilter.years(period.fromYear(), period.toYear());
    Map<Dimension, List<RollupRow>> rollups = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      rollups.put(dimension, ReadModels.rollup(state, dimension));
    }
    return new AsOfReport(
        asOf,
        period,
        events,
        ReadModels.overall(state),
        ReadModels.programs(state),
        rollups,
        ReadModels.attendance(state),
        ReadModels.selection(state),
        DistinctCrew.of(state, crew));
  }
}
