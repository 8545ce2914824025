package org.crewtraining.support.outbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.ControlTopic;

/**
 * Reads one relay's newest committed record from the checkpoint topic's single partition, as a
 * read_committed consumer without a group (no offsets committed, nothing to show up as a group).
 * The tail first: a relay that writes at all wrote recently; the rest of the (compacted) log only
 * if the tail does not have it.
 */
final class CheckpointTail {

  static final TopicPartition PARTITION =
      new TopicPartition(ControlTopic.OUTBOX_CHECKPOINTS.topicName(), 0);

  /** Offsets read first: each relay batch takes two (its record and the commit marker). */
  static final long TAIL = 1_000;

  private final Map<String, Object> configs;
  private final String key;
  private final long timeoutMs;

  CheckpointTail(Map<String, Object> clientConfigs, String key, long timeoutMs) {
    this.configs = consumerConfigs(clientConfigs);
    this.key = key;
    this.timeoutMs = timeoutMs;
  }

  /**
   * The value of the newest record with this key below {@code end}. Every transaction below {@code
   * end} must be decided first (read_committed stops at the first open one), so this waits for
   * another relay's open batch to commit or abort, at most the timeout.
   */
  Optional<String> newestBelow(long end) {
    if (end <= 0) {
      return Optional.empty();
    }
    long deadline = System.nanoTime() + Duration.ofMillis(timeoutMs).toNanos();
    try (Consumer<String, String> consumer =
        new KafkaConsumer<>(configs, new StringDeserializer(), new StringDeserializer())) {
      consumer.assign(List.of(PARTITION));
      long begin =
          consumer
              .beginningOffsets(List.of(PARTITION), Duration.ofMillis(timeoutMs))
              .get(PARTITION);
      long from = tailStart(begin, end);
      Optional<String> found = scan(consumer, from, end, deadline);
      return found.isPresent() || from <= begin ? found : scan(consumer, begin, from, deadline);
    }
  }

  /** Where reading starts: the last {@link #TAIL} offsets, or the whole log if shorter. */
  static long tailStart(long begin, long end) {
    return Math.max(begin, end - TAIL);
  }

  private Optional<String> scan(
      Consumer<String, String> consumer, long from, long to, long deadline) {
    consumer.seek(PARTITION, from);
    String newest = null;
    while (consumer.position(PARTITION) < to) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "checkpoint topic not readable up to offset "
                + to
                + " within "
                + timeoutMs
                + " ms (a transaction of another relay still open?)");
      }
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
        if (record.offset() < to && key.equals(record.key())) {
          newest = record.value();
        }
      }
    }
    return Optional.ofNullable(newest);
  }

  private static Map<String, Object> consumerConfigs(Map<String, Object> clientConfigs) {
    Map<String, Object> configs = new HashMap<>(clientConfigs);
    configs.keySet().retainAll(ConsumerConfig.configNames());
    configs.remove(ConsumerConfig.GROUP_ID_CONFIG);
    configs.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    configs.remove(ConsumerConfig.CLIENT_ID_CONFIG);
    configs.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    configs.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return configs;
  }
}
