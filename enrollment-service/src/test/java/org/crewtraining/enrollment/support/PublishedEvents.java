package org.crewtraining.enrollment.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what actually reached the broker. Waits until the outbox is drained and as many records of
 * the programme arrived as the outbox holds for it; anything published twice would show up as an
 * extra record.
 */
public class PublishedEvents {

  private final String brokers;
  private final JdbcClient jdbc;
  private final EventCodec codec = EventCodec.standard();

  public PublishedEvents(String brokers, JdbcClient jdbc) {
    this.brokers = brokers;
    this.jdbc = jdbc;
  }

  /** One record as it arrived: key, decoded event, headers. */
  public record Published(String key, SpecificRecord event, Headers headers) {

    public String header(String name) {
      return CloudEventHeaders.read(headers, name).orElse(null);
    }
  }

  /** Every enrollment event keyed by this programme, in topic order. */
  public List<Published> of(String programId) {
    return raw(programId).stream()
        .map(r -> new Published(r.key(), codec.decode(r.value()), r.headers()))
        .toList();
  }

  /** Same, undecoded, for checks on the bytes that travel. */
  public List<ConsumerRecord<String, byte[]>> raw(String programId) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                        .query(Long.class)
                        .single()
                    == 0);
    long expected =
        jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ?")
            .param(programId)
            .query(Long.class)
            .single();
    return read(programId, expected);
  }

  /** All enrollment events on the topic, of every programme. */
  public List<ConsumerRecord<String, byte[]>> all() {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                        .query(Long.class)
                        .single()
                    == 0);
    long expected =
        jdbc.sql("SELECT count(*) FROM outbox_event WHERE topic = ?")
            .param(Topic.ENROLLMENT_EVENTS.topicName())
            .query(Long.class)
            .single();
    return read(null, expected);
  }

  private List<ConsumerRecord<String, byte[]>> read(String key, long expected) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "published-events-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                2000),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topic.ENROLLMENT_EVENTS.topicName()));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                poll(consumer, key, records, 200);
                return records.size() >= expected;
              });
      poll(consumer, key, records, 300);
    }
    records.sort(
        (a, b) ->
            a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
    return records;
  }

  private static void poll(
      KafkaConsumer<String, byte[]> consumer,
      String key,
      List<ConsumerRecord<String, byte[]>> into,
      long millis) {
    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(millis))) {
      if (key == null || key.equals(r.key())) {
        into.add(r);
      }
    }
  }
}
