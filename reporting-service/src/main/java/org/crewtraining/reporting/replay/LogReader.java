package org.crewtraining.reporting.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDecodingException;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Topic;

/**
 * Reads the programme and enrollment topics from the beginning without a consumer group (assign +
 * seekToBeginning), so a replay never moves the live projection's offsets. Undecodable records and
 * events on the wrong topic are skipped: the live projection parked them on the DLT and never
 * applied them either.
 */
final class LogReader implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(200);
  private static final List<Topic> FOLDED = List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  private final KafkaConsumer<String, byte[]> consumer;
  private final EventCodec codec = EventCodec.standard();
  private final List<TopicPartition> partitions = new ArrayList<>();
  private final Map<TopicPartition, Long> beginning;
  private long recordsRead;

  LogReader(String bootstrap) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    for (Topic topic : FOLDED) {
      for (PartitionInfo info : consumer.partitionsFor(topic.topicName())) {
        partitions.add(new TopicPartition(info.topic(), info.partition()));
      }
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    beginning = consumer.beginningOffsets(partitions);
  }

  /** Current end offsets: reading up to them means having read everything written so far. */
  Map<TopicPartition, Long> endOffsets() {
    return consumer.endOffsets(partitions);
  }

  /** Records in the log from its beginning up to these end offsets. */
  long recordsUpTo(Map<TopicPartition, Long> end) {
    long total = 0;
    for (TopicPartition partition : partitions) {
      total += end.getOrDefault(partition, 0L) - beginning.getOrDefault(partition, 0L);
    }
    return total;
  }

  /** Records still to read before reaching these end offsets. */
  long remaining(Map<TopicPartition, Long> end) {
    long remaining = 0;
    for (TopicPartition partition : partitions) {
      remaining += Math.max(0, end.getOrDefault(partition, 0L) - consumer.position(partition));
    }
    return remaining;
  }

  long recordsRead() {
    return recordsRead;
  }

  /**
   * Polls until every partition reached its end offset, handing each poll's decoded events (in log
   * order per partition) to the sink. May read a little past the targets, never less.
   */
  void readTo(Map<TopicPartition, Long> end, Consumer<List<SpecificRecord>> sink) {
    while (remaining(end) > 0) {
      ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
      List<SpecificRecord> events = new ArrayList<>(records.count());
      for (ConsumerRecord<String, byte[]> record : records) {
        recordsRead++;
        decode(record, events);
      }
      if (!events.isEmpty()) {
        sink.accept(events);
      }
    }
  }

  /**
   * Skips what the live projection's deserializer rejects (it parked those on the DLT): records
   * that are no event, and events that belong on another topic. Without the topic check a rebuild
   * applied a ProgramPublished produced onto the enrollment topic, which the live read models never
   * saw (found by fault-tests: phantom programmes after a rebuild).
   */
  private void decode(ConsumerRecord<String, byte[]> record, List<SpecificRecord> into) {
    if (record.value() == null) {
      return;
    }
    try {
      SpecificRecord event = codec.decode(record.value());
      if (!EventType.of(event).isMisplacedOn(record.topic())) {
        into.add(event);
      }
    } catch (EventDecodingException e) {
      // Skipped, as the live projection skipped it (parked on the DLT).
    }
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(2));
  }
}
