package org.crewtraining.faults.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;

/**
 * Reads the whole log as the services' consumers see it (read_committed), without a consumer group:
 * every record of both event topics decoded with the schemas module's codec (undecodable ones kept
 * as bytes), and every record of their dead-letter topics as bytes.
 */
public final class EventLog {

  /** Everything read, in log order per partition. */
  public record Snapshot(
      List<LoggedEvent> events, List<RawRecord> undecodable, List<RawRecord> deadLetters) {}

  private EventLog() {}

  public static Snapshot read(String bootstrap) {
    List<LoggedEvent> events = new ArrayList<>();
    List<RawRecord> undecodable = new ArrayList<>();
    List<RawRecord> deadLetters = new ArrayList<>();
    EventCodec codec = EventCodec.standard();
    List<String> topics = new ArrayList<>();
    for (Topic topic : LogReader.EVENT_TOPICS) {
      topics.add(topic.topicName());
      topics.add(topic.deadLetterTopicName());
    }
    try (LogReader reader =
        new LogReader(bootstrap, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000))) {
      reader
          .fromBeginning(reader.partitionsOf(topics))
          .readToEnd(
              record -> {
                if (!Topic.isEventTopic(record.topic())) {
                  deadLetters.add(RawRecord.of(record));
                  return;
                }
                codec
                    .decodeOn(record.topic(), record.value())
                    .ifPresentOrElse(
                        event ->
                            events.add(
                                LoggedEvent.of(
                                    record.topic(), record.partition(), record.offset(), event)),
                        () -> undecodable.add(RawRecord.of(record)));
              });
    }
    return new Snapshot(events, undecodable, deadLetters);
  }
}
