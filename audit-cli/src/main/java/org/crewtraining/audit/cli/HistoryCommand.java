package org.crewtraining.audit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Decoded history of one programme or one participant, oldest first per partition. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Print the decoded event history of a programme or a participant as JSON lines.")
class HistoryCommand implements Callable<Integer> {

  @ParentCommand AuditCli parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ArgGroup(multiplicity = "1")
  Subject subject;

  @Option(
      names = "--type",
      description = "Only events of this type (simple name, e.g. CompletionRecorded)")
  String type;

  static class Subject {
    @Option(names = "--program", description = "programId", required = true)
    String programId;

    @Option(names = "--participant", description = "participantId", required = true)
    String participantId;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> topics =
        List.of(Topic.PROGRAM_EVENTS.topicName(), Topic.ENROLLMENT_EVENTS.topicName());
    int[] count = {0};
    try (LogReader reader = new LogReader(parent.bootstrap)) {
      List<TopicPartition> partitions = BrokerTopics.partitions(parent.bootstrap, topics);
      Predicate<ConsumerRecord<byte[], byte[]>> filter;
      if (subject.programId != null) {
        partitions = partitionsOfKey(partitions, subject.programId);
        byte[] key = subject.programId.getBytes(StandardCharsets.UTF_8);
        filter = r -> r.key() != null && java.util.Arrays.equals(r.key(), key) && ofType(r);
      } else {
        partitions =
            partitions.stream()
                .filter(p -> p.topic().equals(Topic.ENROLLMENT_EVENTS.topicName()))
                .toList();
        filter = r -> aboutParticipant(r) && ofType(r);
      }
      reader
          .fromBeginning(partitions)
          .readToEnd(
              r -> {
                if (filter.test(r)) {
                  out.println(RecordJson.render(r));
                  count[0]++;
                }
              });
    }
    spec.commandLine().getErr().println("audit: " + count[0] + " event(s)");
    return 0;
  }

  /** Kafka's default partitioner for keyed records: all events of a programme live here. */
  private static List<TopicPartition> partitionsOfKey(List<TopicPartition> all, String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    return all.stream()
        .filter(
            p -> {
              long count = all.stream().filter(q -> q.topic().equals(p.topic())).count();
              return p.partition() == Utils.toPositive(Utils.murmur2(bytes)) % (int) count;
            })
        .toList();
  }

  private boolean aboutParticipant(ConsumerRecord<byte[], byte[]> record) {
    return RecordJson.decode(record)
        .map(event -> subject.participantId.equals(Events.participantIdOf(event)))
        .orElse(false);
  }

  private boolean ofType(ConsumerRecord<byte[], byte[]> record) {
    if (type == null) {
      return true;
    }
    return RecordJson.decode(record)
        .map(SpecificRecord.class::cast)
        .map(e -> EventType.of(e).simpleName().equals(type))
        .orElse(false);
  }
}
