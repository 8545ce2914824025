package org.crewtraining.faults.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDecodingException;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Topic;

/**
 * Reads the whole log as the services' consumers see it (read_committed), without a consumer group:
 * every record of both event topics decoded with the schemas module's codec (undecodable ones kept
 * as bytes), and every record of their dead-letter topics as bytes.
 */
public final class EventLog {

  private static final List<Topic> EVENT_TOPICS =
      List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  /** Everything read, in log order per partition. */
  public record Snapshot(
      List<LoggedEvent> events, List<RawRecord> undecodable, List<RawRecord> deadLetters) {}

  private EventLog() {}

  public static Snapshot read(String bootstrap) {
    List<LoggedEvent> events = new ArrayList<>();
    List<RawRecord> undecodable = new ArrayList<>();
    List<RawRecord> deadLetters = new ArrayList<>();
    EventCodec codec = EventCodec.standard();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (Topic topic : EVENT_TOPICS) {
        partitions.addAll(partitionsOf(consumer, topic.topicName()));
        partitions.addAll(partitionsOf(consumer, topic.deadLetterTopicName()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (!Topic.isEventTopic(record.topic())) {
            deadLetters.add(RawRecord.of(record));
            continue;
          }
          SpecificRecord event = decode(codec, record);
          if (event == null) {
            undecodable.add(RawRecord.of(record));
          } else {
            events.add(LoggedEvent.of(record.topic(), record.partition(), record.offset(), event));
          }
        }
      }
    }
    return new Snapshot(events, undecodable, deadLetters);
  }

  /** The event, or null for garbage, an unknown schema or an event that belongs elsewhere. */
  private static SpecificRecord decode(EventCodec codec, ConsumerRecord<byte[], byte[]> record) {
    try {
      SpecificRecord event = record.value() == null ? null : codec.decode(record.value());
      return event != null && EventType.of(event).topic().topicName().equals(record.topic())
          ? event
          : null;
    } catch (EventDecodingException e) {
      return null;
    }
  }

  private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
      partitions.add(new TopicPartition(topic, info.partition()));
    }
    return partitions;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }
}
