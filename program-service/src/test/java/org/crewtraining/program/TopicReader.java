package org.crewtraining.program;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;

/**
 * Reads the programme topic from the beginning of every partition with the shared {@link
 * LogReader}, and keeps reading a little after the expected records arrived so that a duplicate or
 * an extra event would be seen too.
 */
public final class TopicReader {

  private static final Duration SETTLE = Duration.ofMillis(700);

  private TopicReader() {}

  /** All records keyed {@code programId}, once at least {@code expected} of them arrived. */
  public static List<ConsumerRecord<String, SpecificRecord>> recordsOf(
      String brokers, String programId, int expected) {
    List<ConsumerRecord<String, SpecificRecord>> all = readAll(brokers, programId, expected);
    return all.stream().filter(r -> programId.equals(r.key())).toList();
  }

  public static List<ConsumerRecord<String, SpecificRecord>> readAll(
      String brokers, String programId, int expected) {
    List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
    try (LogReader reader = new LogReader(brokers)) {
      reader.fromBeginningOf(List.of(Topic.PROGRAM_EVENTS));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                readWritten(reader, records);
                return records.stream().filter(r -> programId.equals(r.key())).count() >= expected;
              });
      await()
          .during(SETTLE)
          .atMost(SETTLE.multipliedBy(3))
          .until(
              () -> {
                readWritten(reader, records);
                return true;
              });
    }
    return records;
  }

  /** Everything written so far, decoded as the services' consumers decode it (or failing). */
  private static void readWritten(
      LogReader reader, List<ConsumerRecord<String, SpecificRecord>> into) {
    reader.readTo(
        reader.endOffsets(),
        batch -> {
          for (ConsumerRecord<byte[], byte[]> r : batch) {
            into.add(
                new ConsumerRecord<>(
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    r.timestamp(),
                    r.timestampType(),
                    r.serializedKeySize(),
                    r.serializedValueSize(),
                    r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                    EventCodec.standard().decodeStrictlyOn(r.topic(), r.value()),
                    r.headers(),
                    r.leaderEpoch()));
          }
        });
  }
}
