package org.crewtraining.audit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Follows topics live, printing each record decoded with its CloudEvents headers. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    description = "Follow topics as decoded JSON lines (Ctrl-C to stop).")
class TailCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--topic",
      description = "Topic(s) to follow (default: both event topics); DLTs and metrics work too")
  List<String> topics;

  @Option(names = "--from-beginning", description = "Start at the oldest record")
  boolean fromBeginning;

  @Option(names = "--limit", description = "Stop after this many records")
  long limit = Long.MAX_VALUE;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> names =
        topics == null || topics.isEmpty()
            ? List.of(Topic.PROGRAM_EVENTS.topicName(), Topic.ENROLLMENT_EVENTS.topicName())
            : topics;
    try (LogReader reader = new LogReader(parent.bootstrap)) {
      reader.follow(
          BrokerTopics.partitions(parent.bootstrap, names),
          fromBeginning,
          limit,
          r -> out.println(RecordJson.render(r)));
    }
    return 0;
  }
}
