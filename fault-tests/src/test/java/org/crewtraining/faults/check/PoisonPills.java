package org.crewtraining.faults.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramPublished;

/**
 * Records that are not events, produced straight to the event topics: garbage bytes, an Avro
 * single-object header with a fingerprint no schema has, and a valid event of the wrong type (a
 * ProgramPublished on the enrollment topic, for a programme nobody created, so applying it by
 * mistake would show up as an extra programme). Each must end up on the DLT, bytes unchanged.
 */
public final class PoisonPills implements AutoCloseable {

  /** A pill as sent. */
  public record Pill(String topic, byte[] value) {}

  private final KafkaProducer<String, byte[]> producer;
  private final Random random = new Random(42);
  private final List<Pill> sent = new ArrayList<>();

  public PoisonPills(String bootstrap) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new ByteArraySerializer());
  }

  /** Sends the next pill (kinds and topics rotate) keyed by the programme; waits for the ack. */
  public synchronized void send(String programId) throws Exception {
    int n = sent.size();
    Topic topic = n % 2 == 0 ? Topic.ENROLLMENT_EVENTS : Topic.PROGRAM_EVENTS;
    byte[] value =
        switch (n % 3) {
          case 0 -> garbage();
          case 1 -> unknownFingerprint();
          default -> wrongType();
        };
    if (n % 3 == 2) {
      topic = Topic.ENROLLMENT_EVENTS; // a programme event where enrollment events belong
    }
    producer.send(new ProducerRecord<>(topic.topicName(), programId, value)).get();
    sent.add(new Pill(topic.topicName(), value));
  }

  public synchronized List<Pill> sent() {
    return List.copyOf(sent);
  }

  /** How many of the pills sent lie on their topic's DLT with exactly their bytes. */
  public static long inDeadLetters(List<Pill> pills, List<RawRecord> deadLetters) {
    return pills.stream()
        .filter(
            pill ->
                deadLetters.stream()
                    .anyMatch(
                        d ->
                            pill.topic().equals(d.originalTopic())
                                && Arrays.equals(pill.value(), d.value())))
        .count();
  }

  private byte[] garbage() {
    byte[] bytes = new byte[16 + random.nextInt(64)];
    random.nextBytes(bytes);
    bytes[0] = 0x7b; // never the C3 01 marker
    return bytes;
  }

  private byte[] unknownFingerprint() {
    byte[] bytes = new byte[10 + 24];
    random.nextBytes(bytes);
    bytes[0] = (byte) 0xC3;
    bytes[1] = 0x01;
    return bytes;
  }

  private byte[] wrongType() {
    ProgramPublished event =
        new ProgramPublished(
            Events.newMetadata(
                "fault-tests", UUID.randomUUID().toString(), null, "poison", Instant.now()),
            "prg-poison-" + UUID.randomUUID(),
            null,
            null);
    return EventCodec.standard().encode(event);
  }

  @Override
  public void close() {
    producer.close();
  }
}
