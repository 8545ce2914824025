package org.crewtraining.readmodels;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The read models as they stood at an instant: overall figures, every programme and every rollup.
 * Transcripts are per participant and asked for separately.
 *
 * @param events events folded (occurredAt at or before {@code asOf})
 * @param attendance attendance at every programme's sessions
 * @param selection applications and selection over every programme
 * @param crew distinct participants and completers of the folded enrollments (all cohort years
 *     unless the report was asked for fewer)
 */
public record AsOfReport(
    Instant asOf,
    long events,
    Figures overall,
    List<ProgramSummary> programs,
    Map<Dimension, List<RollupRow>> rollups,
    AttendanceOverview attendance,
    SelectionOverview selection,
    DistinctCrew crew) {

  public static AsOfReport of(Instant asOf, long events, ReportingState state) {
    return of(asOf, events, state, CrewFilter.ANY);
  }

  /** The report, with its distinct crew counted over {@code crewFilter}. */
  public static AsOfReport of(
      Instant asOf, long events, ReportingState state, CrewFilter crewFilter) {
    Map<Dimension, List<RollupRow>> rollups = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      rollups.put(dimension, ReadModels.rollup(state, dimension));
    }
    return new AsOfReport(
        asOf,
        events,
        ReadModels.overall(state),
        ReadModels.programs(state),
        rollups,
        ReadModels.attendance(state),
        ReadModels.selection(state),
        DistinctCrew.of(state, crewFilter));
  }
}
