package org.crewtraining.audit.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The read models as they stood at an instant, folded from the broker's log. */
@Command(
    name = "as-of",
    mixinStandardHelpOptions = true,
    description =
        "Report the read models as they stood at an instant (events with occurredAt <= it),"
            + " folded from the log: overall figures, every programme, every rollup and the"
            + " distinct crew (participants who held a seat, completers), as JSON.")
class AsOfCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--at",
      required = true,
      description = "ISO instant, e.g. 2024-12-31T23:59:59Z (year-end 2024)")
  Instant at;

  @Option(
      names = "--from-year",
      description = "Count distinct crew of cohort years from this one (inclusive); default all")
  Integer fromYear;

  @Option(
      names = "--to-year",
      description = "Count distinct crew of cohort years up to this one (inclusive); default all")
  Integer toYear;

  @Override
  public Integer call() {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new ParameterException(spec.commandLine(), "--to-year must not be before --from-year");
    }
    Replay replay = LogFold.into(Replay.asOf(at), parent.bootstrap);
    CrewFilter crew = CrewFilter.ANY.years(fromYear, toYear);
    AsOfReport report = AsOfReport.of(at, replay.applied(), replay.state(), crew);
    spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(report));
    spec.commandLine().getErr().println("audit: " + replay.applied() + " event(s) folded");
    return 0;
  }
}
