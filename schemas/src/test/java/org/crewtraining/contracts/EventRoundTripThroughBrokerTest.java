package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.events.common.EventMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** Every event of the catalogue through a real (embedded, KRaft) broker with the project serde. */
@EmbeddedKafka(
    partitions = 6,
    topics = {
      "training.program-events",
      "training.enrollment-events",
      "training.completion-metrics"
    })
class EventRoundTripThroughBrokerTest {

  @Test
  void everyEventTypeKeepsPayloadKeyAndCloudEventsHeaders(EmbeddedKafkaBroker broker)
      throws Exception {
    Map<EventType, SpecificRecord> sent = SampleEvents.all();
    try (KafkaProducer<String, SpecificRecord> producer = producer(broker)) {
      for (SpecificRecord event : sent.values()) {
        EventType type = EventType.of(event);
        producer
            .send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event))
            .get();
      }
    }

    List<ConsumerRecord<String, SpecificRecord>> received = new ArrayList<>();
    try (KafkaConsumer<String, SpecificRecord> consumer = consumer(broker)) {
      consumer.subscribe(List.of(Topic.values()).stream().map(Topic::topicName).toList());
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (received.size() < sent.size() && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
      }
    }

    assertThat(received).hasSize(sent.size());
    for (ConsumerRecord<String, SpecificRecord> record : received) {
      SpecificRecord event = record.value();
      EventType type = EventType.of(event);
      EventMetadata metadata = Events.metadataOf(event);
      assertThat(event).isEqualTo(sent.get(type));
      assertThat(record.topic()).isEqualTo(type.topic().topicName());
      assertThat(record.key()).isEqualTo(SampleEvents.expectedKey(type));
      assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
      assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(metadata.getEventId().toString());
      assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(type.fullName());
      assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo(metadata.getSource());
      assertThat(CloudEventHeaders.time(record.headers())).contains(metadata.getOccurredAt());
      assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/avro");
      assertThat(header(record, CloudEventHeaders.CORRELATION_ID))
          .isEqualTo(metadata.getCorrelationId());
      assertThat(record.headers().headers(CloudEventHeaders.ID)).hasSize(1);
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    return CloudEventHeaders.read(record.headers(), name).orElse(null);
  }

  private static KafkaProducer<String, SpecificRecord> producer(EmbeddedKafkaBroker broker) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.getBrokersAsString(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
            true),
        new StringSerializer(),
        new EventSerializer());
  }

  private static KafkaConsumer<String, SpecificRecord> consumer(EmbeddedKafkaBroker broker) {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
            ConsumerConfig.GROUP_ID_CONFIG, "round-trip",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(),
        new EventDeserializer());
  }
}
