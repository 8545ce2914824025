package org.crewtraining.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.reporting.ops.ProjectionLag;
import org.crewtraining.support.kafka.EventKafkaAutoConfiguration;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Events written in a Kafka transaction (as the outbox relays write them, each partition ending in
 * a commit marker) are consumed, and the group's lag as Kafka's tools compute it (end offset −
 * committed offset) is 0; after a restart while idle it stays 0: the positions committed on
 * assignment never move the group's offsets back before the marker.
 */
@EmbeddedKafka(
    brokerProperties = {
      "transaction.state.log.replication.factor=1",
      "transaction.state.log.min.isr=1"
    })
class IdleLagAfterRestartTest {

  private static final String GROUP = "reporting-idle-lag";
  private static final List<Topic> EVENT_TOPICS =
      List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS);

  @Test
  void lagIsZeroWhenIdleAndStaysZeroAfterARestart() throws Exception {
    EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    PostgresTestDatabase.Database db = PostgresTestDatabase.create("idlelag");
    try (Admin admin = admin(broker)) {
      createEventTopics(admin);
      publishInOneTransaction(broker, Scenarios.all("idle"));
      try (ConfigurableApplicationContext first = start(broker, db)) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(lag(admin))
                        .allSatisfy((p, lag) -> assertThat(lag).as(p.toString()).isZero()));
        assertThat(lag(admin)).as("partitions with records").isNotEmpty();
        // The projection's own figure (health, reporting.projection.lag) reads 0 too, though its
        // stored positions stop at the markers.
        ProjectionLag projectionLag = first.getBean(ProjectionLag.class);
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () ->
                    assertThat(projectionLag.current())
                        .allSatisfy((p, lag) -> assertThat(lag).as(p.toString()).isZero()));
      }
      try (ConfigurableApplicationContext second = start(broker, db)) {
        KafkaListenerEndpointRegistry listeners =
            second.getBean(KafkaListenerEndpointRegistry.class);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  var assigned =
                      listeners.getListenerContainer(EventBatchListener.ID).getAssignedPartitions();
                  return assigned != null && !assigned.isEmpty();
                });
        // The positions are committed on assignment: over the next seconds the lag must not
        // turn 1 (the stored position is the last record + 1, the marker's offset).
        await()
            .during(Duration.ofSeconds(3))
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () ->
                    assertThat(lag(admin))
                        .allSatisfy((p, lag) -> assertThat(lag).as(p.toString()).isZero()));
      }
    }
  }

  /** End offset − committed offset of the group, for every event partition holding records. */
  private static Map<TopicPartition, Long> lag(Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (Topic topic : EVENT_TOPICS) {
      for (int p = 0; p < topic.partitions(); p++) {
        latest.put(new TopicPartition(topic.topicName(), p), OffsetSpec.latest());
      }
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, Long> lag = new HashMap<>();
    admin
        .listOffsets(latest)
        .all()
        .get()
        .forEach(
            (partition, end) -> {
              if (end.offset() > 0) {
                OffsetAndMetadata at = committed.get(partition);
                lag.put(partition, end.offset() - (at == null ? 0 : at.offset()));
              }
            });
    return lag;
  }

  private static void publishInOneTransaction(
      EmbeddedKafkaBroker broker, List<SpecificRecord> events) {
    Map<String, Object> configs = new HashMap<>(EventKafkaAutoConfiguration.eventProducerConfigs());
    configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    configs.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "idle-lag-test");
    try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(configs)) {
      producer.initTransactions();
      producer.beginTransaction();
      for (SpecificRecord event : events) {
        EventType type = EventType.of(event);
        producer.send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event));
      }
      producer.commitTransaction();
    }
  }

  private static void createEventTopics(Admin admin) throws Exception {
    admin
        .createTopics(
            EVENT_TOPICS.stream()
                .map(t -> new NewTopic(t.topicName(), t.partitions(), (short) 1))
                .toList())
        .all()
        .get();
  }

  private static Admin admin(EmbeddedKafkaBroker broker) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
  }

  private static ConfigurableApplicationContext start(
      EmbeddedKafkaBroker broker, PostgresTestDatabase.Database db) {
    // Command-line arguments: they take precedence over application.yml.
    return new SpringApplicationBuilder(ReportingServiceApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--spring.kafka.consumer.group-id=" + GROUP,
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password());
  }
}
