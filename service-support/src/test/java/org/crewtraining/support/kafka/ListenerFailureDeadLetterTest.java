package org.crewtraining.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramCreated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A record that decodes but fails in the listener is parked with the bytes the log holds — not
 * re-encoded from the decoded value: a single-object record before the registry keeps its framing,
 * a key that is not valid UTF-8 keeps its bytes, its headers stay and the coordinates are added;
 * the record behind it on the partition is still consumed.
 */
/* Closed while its embedded broker still runs: a context closed at JVM exit waits on a dead broker. */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.consumer.auto-offset-reset=earliest",
      "spring.autoconfigure.exclude="
          + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
          + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "crew.kafka.retry-backoff-ms=10"
    })
@EmbeddedKafka(partitions = 1)
class ListenerFailureDeadLetterTest {

  private static final String PROGRAMS = Topic.PROGRAM_EVENTS.topicName();
  private static final String FAILING = "prg-listener-fails";

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired Received received;

  @Test
  void aListenerFailureParksTheLoggedBytesUnchanged() throws Exception {
    byte[] legacy =
        EventCodec.standard().encodeSingleObject(SampleEvents.programCreated(FAILING, 10));
    byte[] notUtf8Key = {(byte) 0xFF, 'p', 'r', 'g'};
    ProgramCreated after = SampleEvents.programCreated("prg-after-failure", 10);

    try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
      ProducerRecord<byte[], byte[]> failing =
          new ProducerRecord<>(PROGRAMS, 0, notUtf8Key, legacy);
      failing.headers().add(new RecordHeader("trace", "t-1".getBytes(StandardCharsets.UTF_8)));
      producer.send(failing).get();
      producer
          .send(
              new ProducerRecord<>(
                  PROGRAMS,
                  0,
                  "prg-after-failure".getBytes(StandardCharsets.UTF_8),
                  EventCodec.standard().encode(after)))
          .get();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> received.events.contains(after));
    ConsumerRecord<byte[], byte[]> parked = readOne(Topic.PROGRAM_EVENTS.deadLetterTopicName());
    assertThat(Arrays.equals(parked.value(), legacy))
        .as("DLT value is the single-object bytes as produced")
        .isTrue();
    assertThat(Arrays.equals(parked.key(), notUtf8Key)).as("DLT key bytes").isTrue();
    assertThat(parked.partition()).isZero();
    assertThat(header(parked, "trace")).isEqualTo("t-1");
    assertThat(header(parked, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PROGRAMS);
    assertThat(
            ByteBuffer.wrap(parked.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                .getLong())
        .isZero();
    assertThat(header(parked, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("listener refuses");
    assertThat(parked.headers().headers("ce_type")).isEmpty();
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private KafkaProducer<byte[], byte[]> rawProducer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private ConsumerRecord<byte[], byte[]> readOne(String topic) {
    List<ConsumerRecord<byte[], byte[]>> records =
        RawTopicRecords.readUntil(broker, topic, r -> !r.isEmpty());
    assertThat(records).hasSize(1);
    return records.get(0);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {
    @Bean
    Received received() {
      return new Received();
    }
  }

  static class Received {
    final List<SpecificRecord> events = new CopyOnWriteArrayList<>();

    @KafkaListener(topics = "training.program-events", groupId = "listener-failure-test")
    void on(SpecificRecord event) {
      if (event instanceof ProgramCreated created && FAILING.equals(created.getProgramId())) {
        throw new IllegalArgumentException("listener refuses " + FAILING);
      }
      events.add(event);
    }
  }
}
