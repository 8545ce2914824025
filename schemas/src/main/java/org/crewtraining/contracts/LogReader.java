package org.crewtraining.contracts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics of the log as the services' consumers see them (read_committed) but without a
 * consumer group (assign + seek), so reading never moves any service's offsets and never waits for
 * a rebalance. Records come as bytes; decode them with {@link EventCodec#decodeOn}. Not thread-safe
 * (one KafkaConsumer).
 */
public final class LogReader implements AutoCloseable {

  /** The programme and enrollment topics: the history the read models are folded from. */
  public static final List<Topic> EVENT_TOPICS =
      List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

  private final EventCodec codec;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private List<TopicPartition> partitions = List.of();
  private Map<TopicPartition, Long> beginning = Map.of();
  private long recordsRead;

  public LogReader(String bootstrap) {
    this(bootstrap, Map.of());
  }

  /** With consumer settings on top of the defaults, e.g. {@code max.poll.records}. */
  public LogReader(String bootstrap, Map<String, Object> overrides) {
    this(bootstrap, overrides, EventCodec.standard());
  }

  /**
   * Decoding with the given codec: a service passes its own, whose registry may be configured
   * otherwise than {@link EventCodec#standard()} (a Spring property), since an id means a schema
   * only in the registry that issued it.
   */
  public LogReader(String bootstrap, Map<String, Object> overrides, EventCodec codec) {
    this.codec = codec;
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    props.putAll(overrides);
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Every record of the topics, from their beginning to the end offsets seen now. */
  public static List<ConsumerRecord<byte[], byte[]>> readAll(
      String bootstrap, Collection<String> topicNames) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (LogReader reader = new LogReader(bootstrap)) {
      reader.fromBeginning(reader.partitionsOf(topicNames)).readToEnd(records::add);
    }
    return records;
  }

  public static List<String> namesOf(Collection<Topic> topics) {
    return topics.stream().map(Topic::topicName).toList();
  }

  /** Every partition of the topics, as the broker reports them. */
  public List<TopicPartition> partitionsOf(Collection<String> topicNames) {
    List<TopicPartition> all = new ArrayList<>();
    for (String topic : topicNames) {
      for (PartitionInfo info : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
        all.add(new TopicPartition(topic, info.partition()));
      }
    }
    return all;
  }

  /** Reads every partition of these topics from its beginning. */
  public LogReader fromBeginningOf(Collection<Topic> topics) {
    return fromBeginning(partitionsOf(namesOf(topics)));
  }

  /** Reads these partitions from their beginning. */
  public LogReader fromBeginning(List<TopicPartition> partitions) {
    this.partitions = List.copyOf(partitions);
    consumer.assign(this.partitions);
    consumer.seekToBeginning(this.partitions);
    beginning = consumer.beginningOffsets(this.partitions);
    return this;
  }

  /** Reads these partitions from the given offsets on. */
  public LogReader from(Map<TopicPartition, Long> offsets) {
    this.partitions = List.copyOf(offsets.keySet());
    consumer.assign(this.partitions);
    offsets.forEach(consumer::seek);
    beginning = Map.copyOf(offsets);
    return this;
  }

  /** Current end offsets: reading up to them means having read everything written so far. */
  public Map<TopicPartition, Long> endOffsets() {
    return consumer.endOffsets(partitions);
  }

  /** Where reading stands in each partition: the offset of the next record it would hand over. */
  public Map<TopicPartition, Long> positions() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    for (TopicPartition partition : partitions) {
      positions.put(partition, consumer.position(partition));
    }
    return positions;
  }

  /** Records in the log from its beginning up to these end offsets. */
  public long recordsUpTo(Map<TopicPartition, Long> end) {
    long total = 0;
    for (TopicPartition partition : partitions) {
      total += end.getOrDefault(partition, 0L) - beginning.getOrDefault(partition, 0L);
    }
    return total;
  }

  /** Records still to read before reaching these end offsets. */
  public long remaining(Map<TopicPartition, Long> end) {
    long remaining = 0;
    for (TopicPartition partition : partitions) {
      remaining += Math.max(0, end.getOrDefault(partition, 0L) - consumer.position(partition));
    }
    return remaining;
  }

  /** Records polled so far. */
  public long recordsRead() {
    return recordsRead;
  }

  /**
   * Polls until every partition reached these end offsets, handing each poll's records (in log
   * order per partition) to the sink. May hand over a little past the targets, never less, so that
   * successive calls with growing targets see every record once.
   */
  public void readTo(
      Map<TopicPartition, Long> end, Consumer<ConsumerRecords<byte[], byte[]>> batchSink) {
    while (remaining(end) > 0) {
      ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
      recordsRead += records.count();
      if (!records.isEmpty()) {
        batchSink.accept(records);
      }
    }
  }

  /**
   * As {@link #readTo}, handing over each poll's events as the services' consumers accept them
   * ({@link EventCodec#decodeOn}); what they parked on the DLT is skipped, as they skipped it.
   */
  public void readEventsTo(Map<TopicPartition, Long> end, Consumer<List<SpecificRecord>> sink) {
    readTo(
        end,
        records -> {
          List<SpecificRecord> events = new ArrayList<>(records.count());
          for (ConsumerRecord<byte[], byte[]> record : records) {
            codec.decodeOn(record.topic(), record.value()).ifPresent(events::add);
          }
          if (!events.isEmpty()) {
            sink.accept(events);
          }
        });
  }

  /** Every record up to the end offsets seen now, exactly: nothing written after this call. */
  public void readToEnd(Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    Map<TopicPartition, Long> end = endOffsets();
    readTo(
        end,
        records -> {
          for (ConsumerRecord<byte[], byte[]> record : records) {
            if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
              sink.accept(record);
            }
          }
        });
  }

  /** Follows the partitions (from the end, or the beginning) until {@code limit} records. */
  public void follow(
      List<TopicPartition> partitions,
      boolean fromBeginning,
      long limit,
      Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    if (fromBeginning) {
      fromBeginning(partitions);
    } else {
      this.partitions = List.copyOf(partitions);
      consumer.assign(this.partitions);
      consumer.seekToEnd(this.partitions);
      this.partitions.forEach(consumer::position); // resolve "end" now, not at the first poll
    }
    long seen = 0;
    while (seen < limit) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        sink.accept(record);
        if (++seen >= limit) {
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
