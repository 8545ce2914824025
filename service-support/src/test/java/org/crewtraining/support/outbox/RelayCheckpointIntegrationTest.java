package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.ControlTopic;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.support.kafka.EventKafkaAutoConfiguration;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relay killed between the Kafka commit of a batch and marking its rows sent, on real PostgreSQL
 * and a real broker: the next relay (same transactional id) finds the batch in the checkpoint and
 * marks it instead of sending it again. No relay runs on its own here; each test builds its own.
 */
@DirtiesContext
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "crew.outbox.relay-enabled=false"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
class RelayCheckpointIntegrationTest {

  @Autowired OutboxWriter outbox;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired JdbcTemplate jdbcTemplate;
  @Autowired ProducerFactory<?, ?> producerFactory;
  @Autowired OutboxProperties properties;
  @Autowired EmbeddedKafkaBroker broker;
  @Autowired EventCodec codec;

  @Test
  void theNextRelayMarksADeadRelaysCommittedBatchFromTheCheckpointTopic() throws Exception {
    String service = "crashed-" + UUID.randomUUID();
    String programId = "prg-" + UUID.randomUUID();
    SpecificRecord created = SampleEvents.programCreated(programId, 10);
    List<OutboxRelay.Row> rows = append(programId, created);
    List<Long> ids = rows.stream().map(OutboxRelay.Row::id).toList();

    // The dead relay: its Kafka transaction committed, its database transaction never did.
    try (RelayProducer dead = producerOf(service, new SimpleMeterRegistry())) {
      assertThat(dead.lastCommittedIds()).isEmpty();
      dead.publish(eventsOf(rows), ids);
    }
    assertThat(unsentOf(programId)).isEqualTo(1);

    runRelayOnce(service);

    assertThat(unsentOf(programId)).isZero();
    List<ConsumerRecord<String, byte[]>> published = committed(Topic.PROGRAM_EVENTS.topicName());
    List<ConsumerRecord<String, byte[]>> ours =
        published.stream().filter(r -> r.key().startsWith(programId)).toList();
    assertThat(ours).hasSize(1);
    assertWireFormatOf(ours.get(0), created);
    assertThat(checkpointsOf(service + "-outbox-relay"))
        .containsExactly(RelayCheckpoint.encode(ids));
    assertThat(groupIds()).doesNotContain(service + "-outbox-relay");

    // And it relays what comes next, once.
    SpecificRecord next = SampleEvents.programCreated(programId + "-next", 5);
    append(programId + "-next", next);
    runRelayOnce(service);
    assertThat(
            committed(Topic.PROGRAM_EVENTS.topicName()).stream()
                .filter(r -> r.key().startsWith(programId)))
        .hasSize(2);
    assertThat(groupIds()).doesNotContain(service + "-outbox-relay");
  }

  @Test
  void aRelayUpgradedWhileABatchWasInDoubtMarksItFromTheConsumerGroupCheckpoint() throws Exception {
    String service = "upgraded-" + UUID.randomUUID();
    String transactionalId = service + "-outbox-relay";
    String programId = "prg-" + UUID.randomUUID();
    SpecificRecord created = SampleEvents.programCreated(programId, 10);
    List<OutboxRelay.Row> rows = append(programId, created);
    List<Long> ids = rows.stream().map(OutboxRelay.Row::id).toList();

    // The relay before the checkpoint topic: ids as group offset metadata in the transaction.
    Map<String, Object> configs = new HashMap<>(producerFactory.getConfigurationProperties());
    configs.putAll(EventKafkaAutoConfiguration.eventProducerConfigs());
    configs.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    try (KafkaProducer<String, SpecificRecord> old = new KafkaProducer<>(configs)) {
      old.initTransactions();
      old.beginTransaction();
      old.send(new ProducerRecord<>(Topic.PROGRAM_EVENTS.topicName(), programId, created));
      old.sendOffsetsToTransaction(
          Map.of(
              RelayCheckpoint.LEGACY_CARRIER,
              new OffsetAndMetadata(ids.get(0), RelayCheckpoint.encode(ids))),
          new ConsumerGroupMetadata(transactionalId));
      old.commitTransaction();
    }

    runRelayOnce(service);

    assertThat(unsentOf(programId)).isZero();
    assertThat(
            committed(Topic.PROGRAM_EVENTS.topicName()).stream()
                .filter(r -> r.key().startsWith(programId)))
        .hasSize(1);
  }

  private void runRelayOnce(String service) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    OutboxRelay relay =
        new OutboxRelay(
            jdbc,
            jdbcTemplate,
            transactions,
            producerOf(service, registry),
            properties,
            registry,
            org.crewtraining.support.tracing.EventTracing.NONE);
    try {
      relay.relayOnce();
    } finally {
      relay.close();
    }
  }

  private RelayProducer producerOf(String service, SimpleMeterRegistry registry) {
    return OutboxAutoConfiguration.relayProducer(producerFactory, properties, service, registry);
  }

  private List<OutboxRelay.Row> append(String programId, SpecificRecord event) {
    transactions.executeWithoutResult(status -> outbox.append(event));
    return jdbc.sql(
            "SELECT id, topic, record_key, payload, trace_parent FROM outbox_event WHERE record_key = ?"
                + " AND sent_at IS NULL ORDER BY id")
        .param(programId)
        .query(OutboxRelay.Row.class)
        .list();
  }

  private List<ProducerRecord<String, SpecificRecord>> eventsOf(List<OutboxRelay.Row> rows) {
    return rows.stream()
        .map(r -> new ProducerRecord<>(r.topic(), r.recordKey(), codec.decode(r.payload())))
        .toList();
  }

  private long unsentOf(String programId) {
    return jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ? AND sent_at IS NULL")
        .param(programId)
        .query(Long.class)
        .single();
  }

  /** What the catalogue serializer writes for the event: same bytes, same headers. */
  private void assertWireFormatOf(ConsumerRecord<String, byte[]> record, SpecificRecord event) {
    RecordHeaders headers = new RecordHeaders();
    byte[] expected = new EventSerializer(codec).serialize(record.topic(), headers, event);
    assertThat(record.value()).isEqualTo(expected);
    assertThat(record.headers().toArray())
        .extracting(Header::key, Header::value)
        .containsExactlyElementsOf(
            List.of(headers.toArray()).stream()
                .map(h -> org.assertj.core.groups.Tuple.tuple(h.key(), h.value()))
                .toList());
  }

  private List<String> checkpointsOf(String transactionalId) {
    return committed(ControlTopic.OUTBOX_CHECKPOINTS.topicName()).stream()
        .filter(r -> r.key().equals(transactionalId))
        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
        .toList();
  }

  private List<String> groupIds() throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.getBrokersAsString()))) {
      return admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
          .map(GroupListing::groupId)
          .toList();
    }
  }

  /** Every committed record of a topic, read to its end without a consumer group. */
  private List<ConsumerRecord<String, byte[]>> committed(String topic) {
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic).stream()
              .map(p -> new TopicPartition(topic, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
              });
    }
    return records;
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
