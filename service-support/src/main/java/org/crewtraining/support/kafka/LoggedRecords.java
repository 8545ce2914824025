package org.crewtraining.support.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads one record of the log as it was written: its key and value bytes, by coordinates. A
 * short-lived consumer per call (assign, seek, poll), outside any consumer group; for the rare
 * record on its way to a dead-letter topic, not for the hot path.
 */
final class LoggedRecords {

  private static final Duration POLL = Duration.ofMillis(200);

  private final Map<String, Object> configs;
  private final Duration timeout;

  /**
   * @param consumerConfigs the services' consumer configuration (connection, security, isolation);
   *     its group and deserializers are replaced
   */
  LoggedRecords(Map<String, Object> consumerConfigs, Duration timeout) {
    Map<String, Object> own = new HashMap<>();
    consumerConfigs.forEach(
        (key, value) -> {
          if (ConsumerConfig.configNames().contains(key)) {
            own.put(key, value);
          }
        });
    own.remove(ConsumerConfig.GROUP_ID_CONFIG);
    own.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    own.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    own.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    own.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
    this.configs = Map.copyOf(own);
    this.timeout = timeout;
  }

  /**
   * The record at these coordinates, byte for byte.
   *
   * @return empty when the log no longer holds it (retention or compaction removed it)
   * @throws IllegalStateException when it cannot be read within the timeout (broker away)
   */
  Optional<ConsumerRecord<byte[], byte[]>> read(String topic, int partition, long offset) {
    Map<String, Object> perCall = new HashMap<>(configs);
    perCall.put(ConsumerConfig.CLIENT_ID_CONFIG, "original-record-" + UUID.randomUUID());
    TopicPartition tp = new TopicPartition(topic, partition);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(perCall, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.assign(List.of(tp));
      consumer.seek(tp, offset);
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL).records(tp)) {
          return record.offset() == offset ? Optional.of(record) : Optional.empty();
        }
      }
    } catch (OffsetOutOfRangeException e) {
      return Optional.empty();
    }
    throw new IllegalStateException(
        "Cannot read " + tp + "@" + offset + " from the log within " + timeout);
  }
}
