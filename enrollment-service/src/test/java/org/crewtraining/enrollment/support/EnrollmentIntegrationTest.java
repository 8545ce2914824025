package org.crewtraining.enrollment.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.SpanCollector;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * One Spring context for every integration test class (same annotations, so it is cached): the
 * service on a random port, a fresh database on the real PostgreSQL and an embedded broker. Tests
 * isolate themselves by using fresh programme and participant ids.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "crew.kafka.retry-backoff-ms=100"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
// Spans exported in memory, for the tracing tests.
@Import(SpanCollector.class)
@EmbeddedKafka
public abstract class EnrollmentIntegrationTest {

  /** Consumer group of the service, from application.yml. */
  private static final String GROUP = "enrollment-service";

  @LocalServerPort int port;

  /** Actuator's port: RANDOM_PORT makes it random too. */
  @LocalManagementPort protected int managementPort;

  @Autowired protected JdbcClient jdbc;
  @Autowired protected KafkaTemplate<String, SpecificRecord> kafka;
  @Autowired protected EmbeddedKafkaBroker broker;
  @Autowired tools.jackson.databind.json.JsonMapper json;

  protected HttpApi api;
  protected PublishedEvents published;

  @BeforeEach
  void connect() {
    api = new HttpApi(port, json);
    published = new PublishedEvents(broker.getBrokersAsString(), jdbc);
  }

  protected int port() {
    return port;
  }

  /** The API signed in as {@code user} instead of the operator. */
  protected HttpApi api(TestUser user) {
    return new HttpApi(port, json, user);
  }

  protected static EventMetadata programServiceMetadata() {
    return Events.newMetadata(
        "program-service", "corr-" + UUID.randomUUID(), null, "operator@kocca", Instant.now());
  }

  protected static ProgramCreated created(String programId, int capacity, Audience audience) {
    return ProgramCreated.newBuilder(SampleEvents.programCreated(programId, capacity))
        .setMetadata(programServiceMetadata())
        .setAudience(audience)
        .build();
  }

  /** A fresh programme, created and published, as program-service would announce it. */
  protected String openProgramme(int capacity, Audience audience) {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, capacity, audience));
    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, null));
    return programId;
  }

  /**
   * A fresh programme that selects by application, created and published with this admission, as
   * program-service would announce it.
   */
  protected String openByApplication(
      int capacity, Audience audience, org.crewtraining.events.programs.Admission admission) {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, capacity, audience));
    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, admission));
    return programId;
  }

  /** Produces the event to the real broker and waits until the service has applied it. */
  protected void sendProgramEvent(SpecificRecord event) {
    produce(event);
    UUID eventId = Events.metadataOf(event).getEventId();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single()
                    == 1);
  }

  protected void produce(SpecificRecord event) {
    try {
      kafka
          .send(Topic.PROGRAM_EVENTS.topicName(), EventType.of(event).keyOf(event), event)
          .get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the service's consumer group has committed everything on the program topic. */
  protected void awaitProgramEventsConsumed() {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                Set<TopicPartition> partitions =
                    admin
                        .describeTopics(List.of(Topic.PROGRAM_EVENTS.topicName()))
                        .allTopicNames()
                        .get()
                        .get(Topic.PROGRAM_EVENTS.topicName())
                        .partitions()
                        .stream()
                        .map(
                            p ->
                                new TopicPartition(Topic.PROGRAM_EVENTS.topicName(), p.partition()))
                        .collect(Collectors.toSet());
                Map<TopicPartition, Long> ends =
                    admin
                        .listOffsets(
                            partitions.stream()
                                .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                        .all()
                        .get()
                        .entrySet()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                  long done =
                      committed.get(end.getKey()) == null
                          ? 0
                          : committed.get(end.getKey()).offset();
                  assertThat(done).as(end.getKey().toString()).isEqualTo(end.getValue());
                }
              });
    }
  }

  /** The consent every registration needs (issue 20): training administration. */
  public static final List<Map<String, Object>> REQUIRED_CONSENT =
      List.of(Map.of("purpose", "TRAINING_ADMINISTRATION", "noticeVersion", "2026-01"));

  protected String registerParticipant(ParticipantType type) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    HttpApi.Response response =
        api.post(
            "/participants",
            Map.of(
                "name",
                "김지수 " + unique,
                "email",
                "jisu." + unique + "@example.kr",
                "organisation",
                "Studio Dragon " + unique,
                "participantType",
                type.name(),
                "craft",
                "VFX",
                "consents",
                REQUIRED_CONSENT));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("participantId");
  }

  protected HttpApi.Response enrol(String programId, String participantId, String... headers) {
    return api.post(
        "/programs/" + programId + "/enrollments", Map.of("participantId", participantId), headers);
  }

  /** The programme's waitlist positions, in order: 1..n when dense. */
  protected List<Integer> waitlistPositions(String programId) {
    return jdbc.sql(
            "SELECT waitlist_position FROM enrollment WHERE program_id = ?"
                + " AND status = 'WAITLISTED' ORDER BY waitlist_position")
        .param(programId)
        .query(Integer.class)
        .list();
  }

  protected long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
