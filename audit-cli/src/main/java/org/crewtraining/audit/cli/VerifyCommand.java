package org.crewtraining.audit.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.crewtraining.readmodels.AttendanceOverview;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.ProgramSelection;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.readmodels.ReadModelDiff;
import org.crewtraining.readmodels.ReadModelDiff.Difference;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.RollupRow;
import org.crewtraining.readmodels.SelectionOverview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Folds the whole log and compares the result with what reporting-service serves: every programme,
 * the overall figures, every rollup, the attendance of every programme and the applications and
 * selection of every programme that selects by application (and their totals). It first waits for
 * the service to have applied everything (consumer lag 0), then reads the log to its end; events
 * arriving during the run can show up as differences, so run it when the platform is quiet or run
 * it again.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Fold the log and diff it against reporting-service's live read models."
            + " Exit 0 when identical, 4 when they differ (every difference is printed).")
class VerifyCommand implements Callable<Integer> {

  static final int DIFFERENCES_FOUND = 4;

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ReportingAccess reporting = new ReportingAccess();

  @Option(
      names = "--wait",
      description = "How long to wait for the service to catch up with the log (default: 30s)")
  Duration wait = Duration.ofSeconds(30);

  /** The result, printed as JSON. */
  record Report(boolean verified, long eventsFolded, List<Difference> differences) {}

  @Override
  public Integer call() throws InterruptedException {
    ReportingClient reporting = this.reporting.client();
    awaitCaughtUp(reporting);
    Replay replay = LogFold.into(Replay.all(), parent.bootstrap);
    ReportingState fold = replay.state();

    List<Difference> differences = new ArrayList<>();
    differences.addAll(
        ReadModelDiff.rows(
            "program",
            byKey(ReadModels.programs(fold), ProgramSummary::programId),
            byKey(reporting.programs(), ProgramSummary::programId)));
    differences.addAll(
        ReadModelDiff.rows(
            "overall",
            Map.of("overall", ReadModels.overall(fold)),
            Map.of("overall", reporting.overall())));
    for (Dimension dimension : Dimension.values()) {
      Function<RollupRow, String> key = r -> dimension + ":" + r.key();
      differences.addAll(
          ReadModelDiff.rows(
              "rollup",
              byKey(ReadModels.rollup(fold, dimension), key),
              byKey(reporting.rollup(dimension), key)));
    }
    AttendanceOverview foldedAttendance = ReadModels.attendance(fold);
    AttendanceOverview servedAttendance = reporting.attendance();
    differences.addAll(
        ReadModelDiff.rows(
            "attendance",
            byKey(foldedAttendance.programs(), AttendanceOverview.Programme::programId),
            byKey(servedAttendance.programs(), AttendanceOverview.Programme::programId)));
    differences.addAll(
        ReadModelDiff.rows(
            "attendance-overall",
            Map.of("overall", totalsOf(foldedAttendance)),
            Map.of("overall", totalsOf(servedAttendance))));
    SelectionOverview foldedSelection = ReadModels.selection(fold);
    SelectionOverview servedSelection = reporting.selection();
    differences.addAll(
        ReadModelDiff.rows(
            "selection",
            byKey(foldedSelection.programs(), ProgramSelection::programId),
            byKey(servedSelection.programs(), ProgramSelection::programId)));
    differences.addAll(
        ReadModelDiff.rows(
            "selection-overall",
            Map.of("overall", foldedSelection.overall()),
            Map.of("overall", servedSelection.overall())));
    Report report = new Report(differences.isEmpty(), replay.applied(), differences);
    spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(report));
    spec.commandLine()
        .getErr()
        .println(
            "audit: "
                + replay.applied()
                + " event(s) folded, "
                + (differences.isEmpty()
                    ? "read models verified"
                    : differences.size() + " difference(s)"));
    return differences.isEmpty() ? 0 : DIFFERENCES_FOUND;
  }

  private void awaitCaughtUp(ReportingClient reporting) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    long lag;
    while ((lag = reporting.lag()) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    if (lag > 0) {
      spec.commandLine()
          .getErr()
          .println("audit: reporting-service still " + lag + " record(s) behind; comparing anyway");
    }
  }

  /** The overview's sums and rate, its programmes compared row by row above. */
  private static AttendanceOverview totalsOf(AttendanceOverview overview) {
    return new AttendanceOverview(
        overview.recorded(), overview.attended(), overview.attendanceRate(), List.of());
  }

  private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(r -> map.put(key.apply(r), r));
    return map;
  }
}
