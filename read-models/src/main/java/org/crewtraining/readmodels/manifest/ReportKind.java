package org.crewtraining.readmodels.manifest;

import java.util.Map;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportPeriod;

/**
 * The reports a manifest can describe, each built from a fold and the manifest's parameters: the
 * one definition the service and verify-report share, so both build the same report from the same
 * records.
 */
public enum ReportKind {

  /**
   * {@code GET /api/reports/as-of}: {@link AsOfReport} of the period (years and end dates) as known
   * at the manifest's {@code asOf}.
   */
  AS_OF("as-of") {
    @Override
    public Object build(ReportPeriod period, Map<String, String> filters, Replay fold, Manifest m) {
      if (m.asOf() == null) {
        throw new IllegalArgumentException("An as-of report needs its knowledge time (asOf)");
      }
      return AsOfReport.of(m.asOf(), period, fold.applied(), fold.state(), CrewFilter.ANY);
    }
  },

  /** {@code GET /api/crew/distinct}: {@link DistinctCrew} over the period's years and filters. */
  CREW_DISTINCT("crew-distinct") {
    @Override
    public Object build(ReportPeriod period, Map<String, String> filters, Replay fold, Manifest m) {
      return DistinctCrew.of(fold.state(), crewFilter(period, filters));
    }
  },

  /**
   * {@code GET /api/programs}: {@link ProgramsPage}, the cohort year as the period's years and
   * partner, format, track, status, page and size as filters.
   */
  PROGRAMS("programs") {
    @Override
    public Object build(ReportPeriod period, Map<String, String> filters, Replay fold, Manifest m) {
      requireYearsOnly(period);
      return ProgramsPage.of(fold.state(), period, filters);
    }
  };

  /** What {@link #build} needs of the manifest besides its parameters. */
  public interface Manifest {
    java.time.Instant asOf();
  }

  private final String id;

  ReportKind(String id) {
    this.id = id;
  }

  /** The name in a manifest. */
  public String id() {
    return id;
  }

  /** The report from the folded state, with these parameters. */
  public abstract Object build(
      ReportPeriod period, Map<String, String> filters, Replay fold, Manifest manifest);

  /** The report a manifest describes, from the fold of its records. */
  public Object build(ReportManifest manifest, Replay fold) {
    return build(
        manifest.period() == null ? ReportPeriod.ALL : manifest.period(),
        manifest.filters() == null ? Map.of() : manifest.filters(),
        fold,
        manifest::asOf);
  }

  public static ReportKind byId(String id) {
    for (ReportKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("Unknown report " + id);
  }

  /** The distinct-crew filter of a period (years) and filters (partner, format, track, type). */
  public static CrewFilter crewFilter(ReportPeriod period, Map<String, String> filters) {
    requireYearsOnly(period);
    return new CrewFilter(
        period.fromYear(),
        period.toYear(),
        filters.get("partner"),
        filters.get("format"),
        filters.get("track"),
        filters.get("participantType"));
  }

  private static void requireYearsOnly(ReportPeriod period) {
    if (period.from() != null || period.to() != null) {
      throw new IllegalArgumentException(
          "This report's period is cohort years only, not programme end dates");
    }
  }
}
