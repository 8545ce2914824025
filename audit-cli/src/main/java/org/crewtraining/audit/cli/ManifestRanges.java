package org.crewtraining.audit.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.crewtraining.readmodels.manifest.OffsetRange;

/**
 * Reads exactly a manifest's offset ranges from the broker (read_committed, as the services read),
 * each partition in offset order, nothing before a range's first offset nor at or after its end.
 */
final class ManifestRanges {

  /** A range the broker no longer (or never) held: the manifest cannot be checked. */
  static final class NotOnBroker extends RuntimeException {
    NotOnBroker(String message) {
      super(message);
    }
  }

  private static final Duration POLL = Duration.ofMillis(200);

  private ManifestRanges() {}

  /**
   * @throws NotOnBroker when a range starts before the partition's first offset still kept or ends
   *     after its end, or cannot be read to its end within {@code wait}
   */
  static void read(
      String bootstrap,
      List<OffsetRange> ranges,
      Duration wait,
      Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    List<TopicPartition> partitions = new ArrayList<>();
    Map<TopicPartition, OffsetRange> byPartition = new HashMap<>();
    for (OffsetRange range : ranges) {
      TopicPartition partition = new TopicPartition(range.topic(), range.partition());
      if (byPartition.put(partition, range) != null) {
        throw new NotOnBroker("the manifest lists " + partition + " twice");
      }
      partitions.add(partition);
    }
    try {
      BrokerTopics.partitions(
              bootstrap,
              byPartition.keySet().stream().map(TopicPartition::topic).distinct().toList())
          .forEach(byPartition::remove);
    } catch (IllegalArgumentException unknownTopic) {
      throw new NotOnBroker("the broker has " + unknownTopic.getMessage());
    }
    if (!byPartition.isEmpty()) {
      throw new NotOnBroker("the broker has no partition " + byPartition.keySet());
    }
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      consumer.assign(partitions);
      Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Map<TopicPartition, Long> to = new HashMap<>();
      for (OffsetRange range : ranges) {
        TopicPartition partition = new TopicPartition(range.topic(), range.partition());
        if (range.fromOffset() < first.get(partition) || range.toOffset() > end.get(partition)) {
          throw new NotOnBroker(
              "range "
                  + range
                  + " is not on the broker, which holds offsets ["
                  + first.get(partition)
                  + ", "
                  + end.get(partition)
                  + ") of it");
        }
        consumer.seek(partition, range.fromOffset());
        to.put(partition, range.toOffset());
      }
      long deadline = System.nanoTime() + wait.toNanos();
      while (!reached(consumer, to)) {
        if (System.nanoTime() > deadline) {
          throw new NotOnBroker("could not read the ranges to their ends within " + wait);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          TopicPartition partition = new TopicPartition(record.topic(), record.partition());
          if (record.offset() < to.get(partition)) {
            sink.accept(record);
          }
        }
      }
    }
  }

  private static boolean reached(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> to) {
    for (Map.Entry<TopicPartition, Long> target : to.entrySet()) {
      if (consumer.position(target.getKey()) < target.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
