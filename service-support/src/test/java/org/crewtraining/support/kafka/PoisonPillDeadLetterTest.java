package org.crewtraining.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramCreated;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Garbage bytes, an unknown schema fingerprint and a schema id the registry does not know land on
 * the DLT with their original bytes and coordinates; the good records behind them on the same
 * partition (one in each framing) are still consumed.
 */
/* Closed while its embedded broker still runs: a context closed at JVM exit waits on a dead broker. */
@DirtiesContext
// One broker for the class: the DLT assertions count records, so the order is explicit.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.consumer.auto-offset-reset=earliest",
      "spring.autoconfigure.exclude="
          + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
          + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "crew.kafka.retry-backoff-ms=10",
      "crew.kafka.database-retry-ms=20"
    })
@EmbeddedKafka(partitions = 1)
class PoisonPillDeadLetterTest {

  private static final String PROGRAMS = Topic.PROGRAM_EVENTS.topicName();

  @Autowired EmbeddedKafkaBroker broker;
  @Autowired Received received;
  @Autowired MeterRegistry meters;

  @Test
  @Order(1)
  void poisonPillsAreParkedWithOriginalBytesAndThePartitionKeepsMoving() throws Exception {
    byte[] garbage = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);
    byte[] unknownFingerprint = strangerBytes();
    ProgramCreated good = SampleEvents.programCreated("prg-after-poison", 10);
    byte[] goodBytes = EventCodec.standard().encode(good);
    byte[] unknownId = goodBytes.clone();
    java.nio.ByteBuffer.wrap(unknownId, 1, 4).putInt(Integer.MAX_VALUE - 11);
    ProgramCreated old = SampleEvents.programCreated("prg-single-object", 10);
    byte[] singleObject = EventCodec.standard().encodeSingleObject(old);

    try (KafkaProducer<String, byte[]> producer = rawProducer()) {
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "prg-x", garbage)).get();
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "prg-y", unknownFingerprint)).get();
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "prg-z", unknownId)).get();
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "prg-single-object", singleObject)).get();
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "prg-after-poison", goodBytes)).get();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> received.events.size() == 2);
    assertThat(received.events).containsExactly(old, good);

    List<ConsumerRecord<byte[], byte[]>> parked =
        readAll(Topic.PROGRAM_EVENTS.deadLetterTopicName(), 3);
    assertThat(parked)
        .extracting(ConsumerRecord::value)
        .containsExactly(garbage, unknownFingerprint, unknownId);
    assertThat(parked).extracting(ConsumerRecord::partition).containsOnly(0);
    assertThat(header(parked.get(0), KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PROGRAMS);
    assertThat(offset(parked.get(0))).isEqualTo(0L);
    assertThat(offset(parked.get(1))).isEqualTo(1L);
    assertThat(header(parked.get(0), KafkaHeaders.DLT_EXCEPTION_STACKTRACE)).contains("C3 01");
    assertThat(header(parked.get(1), KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
        .contains("Unknown schema fingerprint");
    assertThat(new String(parked.get(1).key(), StandardCharsets.UTF_8)).isEqualTo("prg-y");
    assertThat(offset(parked.get(2))).isEqualTo(2L);
    assertThat(header(parked.get(2), KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
        .contains("Schema id " + (Integer.MAX_VALUE - 11) + " is unknown");
    // Counted once the broker acknowledged each, which may be just after the records are readable.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(deadLetters(Topic.PROGRAM_EVENTS.deadLetterTopicName())).isEqualTo(3));
  }

  @Test
  @Order(3)
  void aRecordFailingWhileTheDatabaseIsAwayIsRetriedNotParked() throws Exception {
    SpecificRecord event = SampleEvents.of(EventType.ENROLLMENT_CONFIRMED);
    try (KafkaProducer<String, byte[]> producer = rawProducer()) {
      producer
          .send(
              new ProducerRecord<>(
                  Topic.ENROLLMENT_EVENTS.topicName(),
                  0,
                  SampleEvents.PROGRAM_ID,
                  EventCodec.standard().encode(event)))
          .get();
    }

    await().atMost(Duration.ofSeconds(30)).until(() -> received.enrollments.size() == 1);
    assertThat(received.enrollments).containsExactly(event);
    assertThat(received.databaseFailures.get()).isEqualTo(Received.OUTAGE_ATTEMPTS);
    assertThat(endOffset(Topic.ENROLLMENT_EVENTS.deadLetterTopicName())).isZero();
    assertThat(deadLetters(Topic.ENROLLMENT_EVENTS.deadLetterTopicName())).isZero();
  }

  @Test
  @Order(2)
  void aValidEventOfTheWrongTopicIsParkedToo() throws Exception {
    byte[] metrics =
        EventCodec.standard().encode(SampleEvents.of(EventType.COMPLETION_METRICS_UPDATED));
    try (KafkaProducer<String, byte[]> producer = rawProducer()) {
      producer.send(new ProducerRecord<>(PROGRAMS, 0, "overall", metrics)).get();
    }

    List<ConsumerRecord<byte[], byte[]>> parked =
        readAll(
            Topic.PROGRAM_EVENTS.deadLetterTopicName(),
            records -> records.stream().anyMatch(r -> java.util.Arrays.equals(r.value(), metrics)));
    assertThat(parked).extracting(ConsumerRecord::value).contains(metrics);
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(deadLetters(Topic.PROGRAM_EVENTS.deadLetterTopicName())).isEqualTo(4));
  }

  /** The DLT counter of {@code topic}: there from the start, one per acknowledged record. */
  private double deadLetters(String topic) {
    return meters.get(DeadLetterCounters.NAME).tag("topic", topic).counter().count();
  }

  private long endOffset(String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      var partition = new org.apache.kafka.common.TopicPartition(topic, 0);
      return consumer.endOffsets(List.of(partition)).get(partition);
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  private static long offset(ConsumerRecord<?, ?> record) {
    return java.nio.ByteBuffer.wrap(
            record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
        .getLong();
  }

  private static byte[] strangerBytes() throws Exception {
    Schema stranger =
        SchemaBuilder.record("Stranger")
            .namespace("elsewhere")
            .fields()
            .requiredString("x")
            .endRecord();
    GenericRecord record = new GenericRecordBuilder(stranger).set("x", "y").build();
    var buffer =
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), stranger).encode(record);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private KafkaProducer<String, byte[]> rawProducer() {
    return new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
        new org.apache.kafka.common.serialization.StringSerializer(),
        new ByteArraySerializer());
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, int atLeast) {
    return readAll(topic, records -> records.size() >= atLeast);
  }

  private List<ConsumerRecord<byte[], byte[]>> readAll(
      String topic, java.util.function.Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
    return RawTopicRecords.readUntil(broker, topic, done);
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
    /** Deliveries that fail as if PostgreSQL were down: more than the normal retry budget. */
    static final int OUTAGE_ATTEMPTS = 5;

    final List<SpecificRecord> events = new CopyOnWriteArrayList<>();
    final List<SpecificRecord> enrollments = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger databaseFailures =
        new java.util.concurrent.atomic.AtomicInteger();

    @KafkaListener(topics = "training.enrollment-events", groupId = "outage-test")
    void onEnrollment(SpecificRecord event) {
      if (databaseFailures.get() < OUTAGE_ATTEMPTS) {
        databaseFailures.incrementAndGet();
        throw new org.springframework.jdbc.CannotGetJdbcConnectionException(
            "Connection refused", new java.sql.SQLException("refused", "08001"));
      }
      enrollments.add(event);
    }

    @KafkaListener(topics = "training.program-events", groupId = "poison-test")
    void on(SpecificRecord event) {
      events.add(event);
    }
  }
}
