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
    description = "Decoded history and live tail of the training platform's event log.",
    subcommands = {HistoryCommand.class, TailCommand.class})
public class AuditCli {

  @Option(
      names = {"-b", "--bootstrap"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "Kafka bootstrap servers (default: $CREW_KAFKA_BOOTSTRAP or 127.0.0.1:9092)")
  String bootstrap = System.getenv().getOrDefault("CREW_KAFKA_BOOTSTRAP", "127.0.0.1:9092");

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line; exit code 0 ok, 1 usage, 2 broker unreachable or failed. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new AuditCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("audit: " + e.getMessage());
          return e instanceof BrokerUnreachableException ? 2 : 1;
        });
    return commandLine.execute(args);
  }
}
