package org.crewtraining.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
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
import org.crewtraining.reporting.ReportingServiceApplication;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.support.kafka.EventKafkaAutoConfiguration;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The service is closed mid-stream, part of its committed position is lost (as if it had crashed
 * between the database commit and the offset commit), more events arrive while it is down, and it
 * starts again: the stored read model and the figures stored with each enrollment equal the fold of
 * all events, every read model summed in SQL equals the one computed from the fold, and no event
 * was applied twice.
 */
@EmbeddedKafka
class KillAndRestartTest {

  private static final String GROUP = "reporting-restart";
  private static final int PROGRAMME_PAIRS = 8;

  @Test
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
    forgetCommittedPositionOf(broker, Topic.PROGRAM_EVENTS);
    publish(broker, secondHalf);

    try (ConfigurableApplicationContext second = start(broker, db)) {
      JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> applied(jdbc) == all.size());

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

  private static long applied(JdbcTemplate jdbc) {
    Long count =
        jdbc.queryForObject(
            "SELECT count(*) FROM processed_event WHERE consumer = ?",
            Long.class,
            ProjectionStore.CONSUMER);
    return count == null ? 0 : count;
  }

  private static ConfigurableApplicationContext start(
      EmbeddedKafkaBroker broker, PostgresTestDatabase.Database db) {
    // Command-line arguments: they take precedence over application.yml.
    return new SpringApplicationBuilder(ReportingServiceApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
            "--spring.kafka.consumer.group-id=" + GROUP,
            // Small batches, so that closing the context lands mid-stream.
            "--spring.kafka.consumer.max-poll-records=7",
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--crew.kafka.retry-backoff-ms=10");
  }

  /**
   * As the services do at start-up; without it the broker would auto-create the topics with its
   * default partition count, and the later increase would move keys to other partitions.
   */
  private static void createEventTopics(EmbeddedKafkaBroker broker) throws Exception {
    try (Admin admin = admin(broker)) {
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

  /** Rewinds the group on one topic to the start: everything there is redelivered. */
  private static void forgetCommittedPositionOf(EmbeddedKafkaBroker broker, Topic topic)
      throws Exception {
    try (Admin admin = admin(broker)) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      for (int p = 0; p < topic.partitions(); p++) {
        start.put(new TopicPartition(topic.topicName(), p), new OffsetAndMetadata(0));
      }
      admin.alterConsumerGroupOffsets(GROUP, start).all().get();
    }
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
