package org.crewtraining.readmodels.manifest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.ReportPeriod;

/**
 * What a report was derived from and how, so that an auditor can derive it again from the broker
 * alone ({@code bin/audit verify-report}): read exactly the {@link #offsets}, fold the records that
 * count for {@link #asOf} with fold {@link #foldVersion}, build report {@link #report} with the
 * same {@link #period} and {@link #filters}, canonicalise and hash: the result must be {@link
 * #digest}.
 *
 * @param format this manifest's format, {@value #FORMAT}
 * @param report which report ({@link ReportKind#id})
 * @param period the business period (cohort years, programme end dates)
 * @param filters the report's other parameters by name (absent = any), e.g. {@code partner}
 * @param asOf the knowledge time: only records whose event occurred at or before it are folded;
 *     null for a live read model, which is the fold of every record in its ranges
 * @param foldVersion {@link FoldVersion#ID} of the fold that made it
 * @param schemas the writer schemas of the folded records, in (eventType, schemaId, fingerprint)
 *     order
 * @param offsets per partition, the records read, in (topic, partition) order; a partition without
 *     a folded record is not listed
 * @param events events folded (an event id seen before is not folded again)
 * @param digest SHA-256 over the report's canonical bytes
 */
public record ReportManifest(
    int format,
    String report,
    ReportPeriod period,
    Map<String, String> filters,
    Instant asOf,
    String foldVersion,
    List<WriterSchema> schemas,
    List<OffsetRange> offsets,
    long events,
    ReportDigest digest) {

  public static final int FORMAT = 1;

  /** The same manifest with another digest (a report's other canonical form). */
  public ReportManifest withDigest(ReportDigest other) {
    return new ReportManifest(
        format, report, period, filters, asOf, foldVersion, schemas, offsets, events, other);
  }
}
