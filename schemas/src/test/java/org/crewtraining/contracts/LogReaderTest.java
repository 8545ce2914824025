package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/** The one reader of the log, against a real (embedded, KRaft) broker. */
@EmbeddedKafka(
    partitions = 3,
    topics = {"training.program-events", "training.enrollment-events"})
class LogReaderTest {

  private final EventCodec codec = EventCodec.standard();

  @Test
  void readsFromTheBeginningToTheEndSeenAtTheStartAndAcceptsOnlyEachTopicsEvents(
      EmbeddedKafkaBroker broker) throws Exception {
    String bootstrap = broker.getBrokersAsString();
    SpecificRecord created = SampleEvents.of(EventType.PROGRAM_CREATED);
    SpecificRecord confirmed = SampleEvents.of(EventType.ENROLLMENT_CONFIRMED);
    String programs = Topic.PROGRAM_EVENTS.topicName();
    String enrollments = Topic.ENROLLMENT_EVENTS.topicName();
    send(bootstrap, programs, codec.encode(created));
    send(bootstrap, enrollments, codec.encode(confirmed));
    // Misplaced and garbage: the consumers park these on the DLT, readers skip them.
    send(bootstrap, enrollments, codec.encode(SampleEvents.of(EventType.PROGRAM_PUBLISHED)));
    send(bootstrap, programs, "garbage".getBytes());

    List<SpecificRecord> events = new ArrayList<>();
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (LogReader reader = new LogReader(bootstrap).fromBeginningOf(LogReader.EVENT_TOPICS)) {
      Map<TopicPartition, Long> end = reader.endOffsets();
      reader.readEventsTo(end, events::addAll);

      assertThat(reader.recordsUpTo(end)).isEqualTo(4);
      assertThat(reader.remaining(end)).isZero();
      assertThat(reader.recordsRead()).isEqualTo(4);
    }
    assertThat(events).containsExactlyInAnyOrder(created, confirmed);

    try (LogReader reader = new LogReader(bootstrap).fromBeginningOf(LogReader.EVENT_TOPICS)) {
      reader.readToEnd(records::add);
    }
    assertThat(records).hasSize(4);
    send(bootstrap, programs, codec.encode(SampleEvents.of(EventType.PROGRAM_CLOSED)));
    assertThat(LogReader.readAll(bootstrap, List.of(programs))).hasSize(3);
  }

  private static void send(String bootstrap, String topic, byte[] value) throws Exception {
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
            new StringSerializer(),
            new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, SampleEvents.PROGRAM_ID, value)).get();
    }
  }
}
