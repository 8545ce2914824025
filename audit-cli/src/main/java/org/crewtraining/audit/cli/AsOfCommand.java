package org.crewtraining.audit.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The read models as they stood at an instant, folded from the broker's log. */
@Command(
    name = "as-of",
    mixinStandardHelpOptions = true,
    description =
        "Report the read models as they stood at an instant (events with occurredAt <= it),"
            + " folded from the log: overall figures, every programme, every rollup, as JSON.")
class AsOfCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--at",
      required = true,
      description = "ISO instant, e.g. 2024-12-31T23:59:59Z (year-end 2024)")
  Instant at;

  @Override
  public Integer call() {
    Replay replay = LogFold.into(Replay.asOf(at), parent.bootstrap);
    AsOfReport report = AsOfReport.of(at, replay.applied(), replay.state());
    spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(report));
    spec.commandLine().getErr().println("audit: " + replay.applied() + " event(s) folded");
    return 0;
  }
}
