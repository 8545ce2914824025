package org.crewtraining.readmodels.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crewtraining.readmodels.manifest.CanonicalDiff.Difference;

/**
 * Judges a manifest against the fold of its records (read by the caller from the broker, exactly
 * the manifest's ranges): refused when the manifest cannot be checked by this fold or names other
 * schemas than the records carry; else the report is built again with the manifest's parameters,
 * canonicalised and hashed, and compared with the manifest's digest and, if given, with the report
 * itself.
 */
public final class ReportVerification {

  public enum Verdict {
    MATCH,
    DIFFERS,
    REFUSED
  }

  /**
   * The verdict; for DIFFERS every difference (path, derived value, the report's or manifest's
   * value); for REFUSED the reason.
   */
  public record Outcome(
      Verdict verdict, String reason, ReportDigest derived, List<Difference> differences) {

    static Outcome refused(String reason) {
      return new Outcome(Verdict.REFUSED, reason, null, List.of());
    }
  }

  /** The path of a digest difference. */
  public static final String DIGEST_PATH = "manifest.digest";

  private ReportVerification() {}

  /** Why this tool cannot check the manifest at all, before reading anything; null if it can. */
  public static String refusalOf(ReportManifest manifest) {
    if (manifest.format() != ReportManifest.FORMAT) {
      return "manifest format " + manifest.format() + " is not " + ReportManifest.FORMAT;
    }
    if (!FoldVersion.ID.equals(manifest.foldVersion())) {
      return "the manifest was made by fold version "
          + manifest.foldVersion()
          + ", this tool folds with "
          + FoldVersion.ID
          + ": use the audit tool of that version";
    }
    if (manifest.digest() == null
        || !CanonicalJson.FORM.equals(manifest.digest().canonicalForm())
        || !ReportDigest.SHA_256.equals(manifest.digest().algorithm())) {
      return "the manifest's digest is not " + ReportDigest.SHA_256 + " over " + CanonicalJson.FORM;
    }
    try {
      ReportKind.byId(manifest.report());
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    return null;
  }

  /**
   * @param reportTree the report to compare with (a record, or its JSON parsed into maps and
   *     lists), or null to compare with the manifest's digest only
   */
  public static Outcome judge(ReportManifest manifest, ManifestFold fold, Object reportTree) {
    String refusal = refusalOf(manifest);
    if (refusal != null) {
      return Outcome.refused(refusal);
    }
    String schemas = schemaMismatch(manifest.schemas(), fold.coverage().schemas());
    if (schemas != null) {
      return Outcome.refused(schemas);
    }
    Object report;
    try {
      report = ReportKind.byId(manifest.report()).build(manifest, fold.replay());
    } catch (IllegalArgumentException e) {
      return Outcome.refused(e.getMessage());
    }
    ReportDigest derived = ReportDigest.of(CanonicalReport.json(report));
    List<Difference> differences = new ArrayList<>();
    if (!derived.value().equals(manifest.digest().value())) {
      differences.add(new Difference(DIGEST_PATH, derived.value(), manifest.digest().value()));
    }
    if (reportTree != null) {
      differences.addAll(CanonicalDiff.of(report, reportTree));
    }
    return new Outcome(
        differences.isEmpty() ? Verdict.MATCH : Verdict.DIFFERS, null, derived, differences);
  }

  private static String schemaMismatch(List<WriterSchema> named, List<WriterSchema> read) {
    Set<String> claimed = identities(named);
    Set<String> carried = identities(read);
    for (String schema : claimed) {
      if (!carried.contains(schema)) {
        return "the manifest names writer schema "
            + schema
            + ", which no record in its ranges carries";
      }
    }
    for (String schema : carried) {
      if (!claimed.contains(schema)) {
        return "records in the manifest's ranges carry writer schema "
            + schema
            + ", which the manifest does not name";
      }
    }
    return null;
  }

  private static Set<String> identities(List<WriterSchema> schemas) {
    Set<String> identities = new TreeSet<>();
    Objects.requireNonNullElse(schemas, List.<WriterSchema>of())
        .forEach(s -> identities.add(s.identity()));
    return identities;
  }
}
