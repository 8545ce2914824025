package org.crewtraining.audit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Auditors' tool: reads the event log straight from the broker, decoded. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    version = "audit 0.1.0",
    description =
        "Decoded history, live tail, as-of reports and verification of the training"
            + " platform's event log.",
    subcommands = {
      HistoryCommand.class,
      TailCommand.class,
      AsOfCommand.class,
      VerifyCommand.class,
      VerifyReportCommand.class
    })
public class AuditCli {

  @Option(
      names = {"-b", "--bootstrap"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Kafka bootstrap servers (default: $CREW_KAFKA_BOOTSTRAP or 127.0.0.1:9092)")
  String bootstrap = System.getenv().getOrDefault("CREW_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs a command line; exit code 0 ok, 1 usage or other error, 2 broker unreachable, 3
   * reporting-service unreachable, 4 verify found differences; verify-report: 0 match, 1 differs, 2
   * refused.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new AuditCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    // Usage errors exit 1 (picocli's default, 2, is this tool's "broker unreachable").
    commandLine.getCommandSpec().exitCodeOnInvalidInput(1);
    commandLine
        .getSubcommands()
        .values()
        .forEach(c -> c.getCommandSpec().exitCodeOnInvalidInput(1));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("audit: " + e.getMessage());
          if (e instanceof BrokerUnreachableException) {
            return 2;
          }
          return e instanceof ReportingUnreachableException ? 3 : 1;
        });
    return commandLine.execute(args);
  }
}
