package org.crewtraining.readmodels.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crewtraining.readmodels.ReportPeriod;

/** Makes a report's manifest. */
public final class Manifests {

  /** A report and its manifest, as the API answers them. */
  public record Manifested(Object report, ReportManifest manifest) {}

  private Manifests() {}

  /** The report built from a fold, with the manifest of what the fold read. */
  public static Manifested folded(
      ReportKind kind,
      ReportPeriod period,
      Map<String, String> filters,
      Instant asOf,
      ManifestFold fold) {
    ReportManifest draft =
        of(kind, period, filters, asOf, fold.coverage().schemas(), fold.coverage().offsets(), 0)
            .withDigest(null);
    Object report = kind.build(draft, fold.replay());
    return new Manifested(
        report,
        of(kind, period, filters, asOf, draft.schemas(), draft.offsets(), fold.replay().applied())
            .withDigest(ReportDigest.of(CanonicalReport.json(report))));
  }

  /**
   * A manifest of a report made otherwise (a live read model), its digest over the report's
   * canonical JSON.
   */
  public static ReportManifest describing(
      Object report,
      ReportKind kind,
      ReportPeriod period,
      Map<String, String> filters,
      Instant asOf,
      List<WriterSchema> schemas,
      List<OffsetRange> offsets,
      long events) {
    return of(kind, period, filters, asOf, schemas, offsets, events)
        .withDigest(ReportDigest.of(CanonicalReport.json(report)));
  }

  private static ReportManifest of(
      ReportKind kind,
      ReportPeriod period,
      Map<String, String> filters,
      Instant asOf,
      List<WriterSchema> schemas,
      List<OffsetRange> offsets,
      long events) {
    Map<String, String> given = new TreeMap<>();
    filters.forEach(
        (name, value) -> {
          if (value != null) {
            given.put(name, value);
          }
        });
    return new ReportManifest(
        ReportManifest.FORMAT,
        kind.id(),
        period,
        java.util.Collections.unmodifiableMap(given),
        asOf,
        FoldVersion.ID,
        LogCoverage.sorted(schemas),
        List.copyOf(offsets),
        events,
        null);
  }
}
