package org.crewtraining.program;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.Topic;

/**
 * Reads the programme topic from the beginning of every partition, without a consumer group (no
 * rebalance wait), and keeps polling a little after the expected records arrived so that a
 * duplicate or an extra event would be seen too.
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
    String topic = Topic.PROGRAM_EVENTS.topicName();
    List<ConsumerRecord<String, SpecificRecord>> records = new ArrayList<>();
    try (KafkaConsumer<String, SpecificRecord> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            new EventDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().filter(r -> programId.equals(r.key())).count() >= expected;
              });
      consumer.poll(SETTLE).forEach(records::add);
    }
    return records;
  }
}
