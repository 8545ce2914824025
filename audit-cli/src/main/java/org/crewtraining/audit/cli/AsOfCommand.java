package org.crewtraining.audit.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportPeriod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The read models of a business period as known at an instant, folded from the broker's log. */
@Command(
    name = "as-of",
    mixinStandardHelpOptions = true,
    description = {
      "Report a business period as known at a knowledge time, folded from the log: overall"
          + " figures, the period's programmes, rollups, attendance, selection and distinct crew"
          + " (participants who held a seat, completers), as JSON.",
      "Business period (what the report is about): programmes of cohort years --from-year.."
          + "--to-year and/or ending (end date) --from..--to, all inclusive; none: every"
          + " programme.",
      "Knowledge time (what was known): --at, only events recorded (occurredAt) at or before it;"
          + " default now.",
      "E.g. the 2024 cohort as known now: --from-year 2024 --to-year 2024; as it was known at"
          + " year end: add --at 2024-12-31T23:59:59+09:00."
    })
class AsOfCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--at",
      description =
          "Knowledge time, ISO instant (e.g. 2024-12-31T23:59:59+09:00): events recorded after it"
              + " are not known; default now")
  Instant at;

  @Option(
      names = "--from-year",
      description = "Business period: lowest cohort year (inclusive); default any")
  Integer fromYear;

  @Option(
      names = "--to-year",
      description = "Business period: highest cohort year (inclusive); default any")
  Integer toYear;

  @Option(
      names = "--from",
      description = "Business period: earliest programme end date, ISO date (inclusive)")
  LocalDate from;

  @Option(
      names = "--to",
      description = "Business period: latest programme end date, ISO date (inclusive)")
  LocalDate to;

  @Override
  public Integer call() {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new ParameterException(spec.commandLine(), "--to-year must not be before --from-year");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(), "--to must not be before --from");
    }
    // Event instants are milliseconds; so is the default knowledge time.
    Instant knownAt = at != null ? at : Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Replay replay = LogFold.into(Replay.asOf(knownAt), parent.bootstrap);
    AsOfReport report = replay.report(new ReportPeriod(fromYear, toYear, from, to), CrewFilter.ANY);
    spec.commandLine().getOut().println(Json.MAPPER.writeValueAsString(report));
    spec.commandLine().getErr().println("audit: " + replay.applied() + " event(s) folded");
    return 0;
  }
}
