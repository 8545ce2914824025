package org.crewtraining.audit.cli;

import java.io.File;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.readmodels.manifest.CanonicalDiff.Difference;
import org.crewtraining.readmodels.manifest.ManifestFold;
import org.crewtraining.readmodels.manifest.ReportManifest;
import org.crewtraining.readmodels.manifest.ReportVerification;
import org.crewtraining.readmodels.manifest.ReportVerification.Outcome;
import org.crewtraining.readmodels.manifest.ReportVerification.Verdict;
import org.crewtraining.readmodels.manifest.WriterSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Derives a report again from the broker alone, as its manifest says: exactly the manifest's offset
 * ranges, folded under its knowledge time with this tool's fold, the report built with its
 * parameters, canonicalised and hashed. No reporting-service and no database.
 */
@Command(
    name = "verify-report",
    mixinStandardHelpOptions = true,
    description =
        "Re-derive a report from the broker as its manifest says and compare it with the"
            + " manifest's digest (and with the report file, when given). Prints match (exit 0)"
            + " or differs (exit 1) with each differing path; refuses (exit 2) a manifest whose"
            + " ranges are not on the broker, whose schemas the records do not carry, or of"
            + " another fold version. Either file may be the API's {\"report\", \"manifest\"}.")
class VerifyReportCommand implements Callable<Integer> {

  static final int MATCH = 0;
  static final int DIFFERS = 1;
  static final int REFUSED = 2;

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "manifest.json", description = "The report's manifest")
  File manifestFile;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "report-file",
      description = "The report to compare row by row (JSON as the API answered it)")
  File reportFile;

  @Option(
      names = "--wait",
      description = "How long to read the ranges at most (default: ${DEFAULT-VALUE})")
  Duration wait = Duration.ofSeconds(60);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ReportManifest manifest;
    Object report = null;
    try {
      manifest = Json.MAPPER.treeToValue(part(manifestFile, "manifest"), ReportManifest.class);
      if (reportFile != null) {
        report = Json.MAPPER.treeToValue(part(reportFile, "report"), Object.class);
      }
    } catch (JacksonException e) {
      return refused("cannot read " + e.getOriginalMessage());
    }
    String refusal = ReportVerification.refusalOf(manifest);
    if (refusal != null) {
      return refused(refusal);
    }
    EventCodec codec = EventCodec.standard();
    ManifestFold fold = new ManifestFold(manifest.asOf(), new WriterSchemas(codec.ids()));
    try {
      ManifestRanges.read(
          parent.bootstrap,
          manifest.offsets(),
          wait,
          r ->
              codec
                  .decodeOn(r.topic(), r.value())
                  .ifPresent(e -> fold.accept(r.topic(), r.partition(), r.offset(), r.value(), e)));
    } catch (ManifestRanges.NotOnBroker e) {
      return refused(e.getMessage());
    }
    Outcome outcome = ReportVerification.judge(manifest, fold, report);
    if (outcome.verdict() == Verdict.REFUSED) {
      return refused(outcome.reason());
    }
    out.println(outcome.verdict() == Verdict.MATCH ? "match" : "differs");
    String other = reportFile == null ? "manifest" : "report";
    for (Difference d : outcome.differences()) {
      out.println(
          "  "
              + d.path()
              + ": derived "
              + d.expected()
              + ", "
              + (d.path().equals(ReportVerification.DIGEST_PATH) ? "manifest" : other)
              + " "
              + d.actual());
    }
    spec.commandLine()
        .getErr()
        .println(
            "audit: "
                + fold.replay().applied()
                + " event(s) folded from "
                + manifest.offsets().size()
                + " range(s); derived digest sha256:"
                + outcome.derived().value());
    return outcome.verdict() == Verdict.MATCH ? MATCH : DIFFERS;
  }

  /** The file's JSON, or its member {@code name} when it is the API's report-and-manifest. */
  private static JsonNode part(File file, String name) {
    JsonNode node = Json.MAPPER.readTree(file);
    return node.has("report") && node.has("manifest") ? node.get(name) : node;
  }

  private int refused(String reason) {
    spec.commandLine().getErr().println("audit: refused: " + reason);
    return REFUSED;
  }
}
