package org.crewtraining.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.EnrollmentState;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.GroupOffsets;
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.support.kafka.EventKafkaAutoConfiguration;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The service is closed mid-stream, the consumer group's committed offsets are lost (as if it had
 * crashed between the database commit and the offset commit, or the group had expired), more events
 * arrive while it is down, and it starts again: it resumes at the position stored with the read
 * models, the stored read model and the figures stored with each enrollment equal the fold of all
 * events, every read model summed in SQL equals the one computed from the fold, and no event was
 * applied or audited twice.
 */
@EmbeddedKafka
// One broker for both tests: the first expects exactly its own events on the log.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillAndRestartTest {

  private static final String GROUP = "reporting-restart";
  private static final int PROGRAMME_PAIRS = 8;

  @Test
  @Order(1)
  void restartMidStreamGivesTheFoldOfAllEvents() throws Exception {
    EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    PostgresTestDatabase.Database db = PostgresTestDatabase.create("restart");
    List<SpecificRecord> firstHalf = new ArrayList<>();
    List<SpecificRecord> secondHalf = new ArrayList<>();
    for (int i = 0; i < PROGRAMME_PAIRS; i++) {
      List<SpecificRecord> events = Scenarios.all("r" + i);
      firstHalf.addAll(events.subList(0, events.size() / 2));
      secondHalf.addAll(events.subList(events.size() / 2, events.size()));
    }
    List<SpecificRecord> all = new ArrayList<>(firstHalf);
    all.addAll(secondHalf);

    createEventTopics(broker);
    publish(broker, firstHalf);
    try (ConfigurableApplicationContext first = start(broker, db)) {
      JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
      await().atMost(Duration.ofSeconds(30)).until(() -> applied(jdbc) > 0);
    } // closed while (most likely) still consuming
    GroupOffsets.rewindToTheStart(broker.getBrokersAsString(), GROUP);
    publish(broker, secondHalf);

    try (ConfigurableApplicationContext second = start(broker, db)) {
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> applied(jdbc) == all.size());
      assertThat(
              jdbc.queryForObject(
                  "SELECT count(DISTINCT event_id) = count(*) AND count(*) = ?"
                      + " FROM audit_event WHERE topic <> ?",
                  Boolean.class,
                  all.size(),
                  Topic.COMPLETION_METRICS.topicName()))
          .as("every event audited once")
          .isTrue();

      ReportingState fold = ProjectionFold.fold(all);
      ReportingState stored = second.getBean(ProjectionStore.class).loadAll();
      assertThat(stored.programs()).containsExactlyInAnyOrderEntriesOf(fold.programs());
      assertThat(stored.enrollments()).containsExactlyInAnyOrderEntriesOf(fold.enrollments());
      assertThat(stored).isEqualTo(fold);
      assertThat(second.getBean(ProjectionStore.class).loadEnrollmentFigures())
          .isEqualTo(ReadModels.enrollmentFigures(fold));
      assertThat(jdbc.queryForObject("SELECT events_applied FROM projection_status", Long.class))
          .isEqualTo(all.size());

      ReportingQueries queries = second.getBean(ReportingQueries.class);
      assertThat(queries.allPrograms()).isEqualTo(ReadModels.programs(fold));
      assertThat(queries.overall()).isEqualTo(ReadModels.overall(fold));
      for (Dimension dimension : Dimension.values()) {
        assertThat(queries.rollup(dimension, null))
            .as(dimension.name())
            .isEqualTo(ReadModels.rollup(fold, dimension));
      }
      fold.enrollments().values().stream()
          .map(EnrollmentState::participantId)
          .distinct()
          .forEach(
              id -> assertThat(queries.transcript(id)).isEqualTo(ReadModels.transcript(fold, id)));
    }
  }

  /**
   * The stored position survives a restart that finds no committed offsets at all (the group
   * deleted): the service seeks to it, applies nothing again, commits it to the new group, and goes
   * on with what arrives next.
   */
  @Test
  @Order(2)
  void theStoredPositionSurvivesARestart() throws Exception {
    EmbeddedKafkaBroker broker = EmbeddedKafkaCondition.getBroker();
    PostgresTestDatabase.Database db = PostgresTestDatabase.create("position");
    String group = "reporting-position";
    List<SpecificRecord> first = Scenarios.all("s1");
    List<SpecificRecord> later = Scenarios.all("s2");
    createEventTopics(broker);
    publish(broker, first);
    Map<TopicPartition, Long> stored;
    long applied;
    try (ConfigurableApplicationContext context = start(broker, db, group);
        Admin admin = admin(broker)) {
      ProjectionPositions positions = context.getBean(ProjectionPositions.class);
      await().atMost(Duration.ofSeconds(30)).until(() -> caughtUp(positions, admin));
      stored = positions.all();
      applied = applied(context.getBean(JdbcTemplate.class));
    }
    try (Admin admin = admin(broker)) {
      admin.deleteConsumerGroups(List.of(group)).all().get();
    }

    try (ConfigurableApplicationContext context = start(broker, db, group);
        Admin admin = admin(broker)) {
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
      ProjectionPositions positions = context.getBean(ProjectionPositions.class);
      List<TopicPartition> partitions = eventPartitions(stored);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> committed(admin, group).keySet().containsAll(partitions));
      for (TopicPartition partition : partitions) {
        assertThat(committed(admin, group).get(partition).offset())
            .as(partition.toString())
            .isEqualTo(stored.get(partition));
      }
      assertThat(applied(jdbc)).isEqualTo(applied);

      publish(broker, later);
      await().atMost(Duration.ofSeconds(30)).until(() -> applied(jdbc) == applied + later.size());
      List<SpecificRecord> ours = new ArrayList<>(first);
      ours.addAll(later);
      ReportingState fold = ProjectionFold.fold(ours);
      ReportingState state = context.getBean(ProjectionStore.class).loadAll();
      assertThat(state.programs()).containsAllEntriesOf(fold.programs());
      assertThat(state.enrollments()).containsAllEntriesOf(fold.enrollments());
      for (TopicPartition partition : partitions) {
        assertThat(positions.all().get(partition)).isGreaterThanOrEqualTo(stored.get(partition));
      }
    }
  }

  /** Every event partition's stored position is at the end of the log. */
  private static boolean caughtUp(ProjectionPositions positions, Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    for (Topic topic : List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS)) {
      for (int p = 0; p < topic.partitions(); p++) {
        latest.put(new TopicPartition(topic.topicName(), p), OffsetSpec.latest());
      }
    }
    Map<TopicPartition, Long> stored = positions.all();
    return admin.listOffsets(latest).all().get().entrySet().stream()
        .allMatch(e -> e.getValue().offset() == stored.getOrDefault(e.getKey(), 0L));
  }

  private static List<TopicPartition> eventPartitions(Map<TopicPartition, Long> positions) {
    return positions.keySet().stream()
        .filter(p -> !p.topic().equals(Topic.COMPLETION_METRICS.topicName()))
        .toList();
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, String group)
      throws Exception {
    return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
  }

  private static long applied(JdbcTemplate jdbc) {
    Long count = jdbc.queryForObject("SELECT events_applied FROM projection_status", Long.class);
    return count == null ? 0 : count;
  }

  private static ConfigurableApplicationContext start(
      EmbeddedKafkaBroker broker, PostgresTestDatabase.Database db) {
    return start(broker, db, GROUP);
  }

  private static ConfigurableApplicationContext start(
      EmbeddedKafkaBroker broker, PostgresTestDatabase.Database db, String group) {
    // Command-line arguments: they take precedence over application.yml.
    return new SpringApplicationBuilder(ReportingServiceApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--spring.kafka.consumer.group-id=" + group,
            // Small batches, so that closing the context lands mid-stream.
            "--spring.kafka.consumer.max-poll-records=7",
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--crew.kafka.retry-backoff-ms=10");
  }

  /**
   * As the services do at start-up; without it the broker would auto-create the topics with its
   * default partition count, and the later increase would move keys to other partitions. The tests
   * share the class's broker, so the topics may exist already.
   */
  private static void createEventTopics(EmbeddedKafkaBroker broker) throws Exception {
    try (Admin admin = admin(broker)) {
      Set<String> existing = admin.listTopics().names().get();
      if (existing.contains(Topic.PROGRAM_EVENTS.topicName())) {
        return;
      }
      admin
          .createTopics(
              List.of(
                  new NewTopic(
                      Topic.PROGRAM_EVENTS.topicName(),
                      Topic.PROGRAM_EVENTS.partitions(),
                      (short) 1),
                  new NewTopic(
                      Topic.ENROLLMENT_EVENTS.topicName(),
                      Topic.ENROLLMENT_EVENTS.partitions(),
                      (short) 1)))
          .all()
          .get();
    }
  }

  private static Admin admin(EmbeddedKafkaBroker broker) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
  }

  private static void publish(EmbeddedKafkaBroker broker, List<SpecificRecord> events)
      throws Exception {
    Map<String, Object> configs = new HashMap<>(EventKafkaAutoConfiguration.eventProducerConfigs());
    configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
    try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(configs)) {
      for (SpecificRecord event : events) {
        EventType type = EventType.of(event);
        producer.send(new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event));
      }
      producer.flush();
    }
  }
}
