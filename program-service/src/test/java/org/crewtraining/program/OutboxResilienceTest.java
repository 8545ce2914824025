package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.support.outbox.OutboxMonitor;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The outbox keeps its promise when the broker or the service itself goes away: the API keeps
 * accepting changes, and every committed event is published once, in order, when possible again.
 * Each scenario runs whole services of its own, as a deployment would.
 */
class OutboxResilienceTest {

  private static final String PROGRAMS = Topic.PROGRAM_EVENTS.topicName();

  @Test
  void withTheBrokerDownChangesAreAcceptedAndPublishedInOrderOnceItIsBack() throws Exception {
    PostgresTestDatabase.Database db = PostgresTestDatabase.create("outage");
    try (TcpForwarder brokerAddress = new TcpForwarder();
        ConfigurableApplicationContext service = start(db, brokerAddress.address(), true)) {
      HttpApi api = new HttpApi(httpPort(service));
      OutboxMonitor monitor = service.getBean(OutboxMonitor.class);

      HttpApi.Response created = api.post("/programs", ProgramRequests.create());
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
      String id = created.json().get("programId").asString();
      assertThat(api.post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
      // the relay keeps trying and failing; nothing may be marked sent meanwhile
      await()
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .until(() -> monitor.backlog().unsent() == 2);

      EmbeddedKafkaKraftBroker broker = singleBroker();
      broker.afterPropertiesSet();
      try {
        brokerAddress.forwardTo(broker.getBrokersAsString());
        await().atMost(Duration.ofSeconds(60)).until(() -> monitor.backlog().unsent() == 0);
        List<ConsumerRecord<String, SpecificRecord>> all =
            TopicReader.readAll(broker.getBrokersAsString(), id, 2);
        assertThat(all)
            .extracting(ConsumerRecord::value)
            .hasExactlyElementsOfTypes(ProgramCreated.class, ProgramPublished.class);
        assertThat(all).extracting(ConsumerRecord::key).containsOnly(id);
      } finally {
        broker.destroy();
      }
    }
  }

  @Test
  void eventsCommittedBeforeTheServiceDiedArePublishedOnceAfterRestart() {
    PostgresTestDatabase.Database db = PostgresTestDatabase.create("restart");
    EmbeddedKafkaKraftBroker broker = singleBroker();
    broker.afterPropertiesSet();
    try {
      String id;
      // relay disabled: the service commits and is gone before publishing anything
      try (ConfigurableApplicationContext first = start(db, broker.getBrokersAsString(), false)) {
        HttpApi api = new HttpApi(httpPort(first));
        id = api.post("/programs", ProgramRequests.create()).json().get("programId").asString();
        assertThat(api.post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
        assertThat(first.getBean(OutboxMonitor.class).backlog().unsent()).isEqualTo(2);
      }
      assertThat(TopicReader.readAll(broker.getBrokersAsString(), id, 0)).isEmpty();

      try (ConfigurableApplicationContext restarted =
          start(db, broker.getBrokersAsString(), true)) {
        OutboxMonitor monitor = restarted.getBean(OutboxMonitor.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> monitor.backlog().unsent() == 0);
        List<ConsumerRecord<String, SpecificRecord>> all =
            TopicReader.readAll(broker.getBrokersAsString(), id, 2);
        assertThat(all)
            .extracting(ConsumerRecord::value)
            .hasExactlyElementsOfTypes(ProgramCreated.class, ProgramPublished.class);
      }
    } finally {
      broker.destroy();
    }
  }

  /**
   * Settings go in as command-line arguments: they must win over application.yml, which points at
   * the developer database and broker (builder properties would only be defaults).
   */
  private static ConfigurableApplicationContext start(
      PostgresTestDatabase.Database db, String bootstrapServers, boolean relay) {
    return new SpringApplicationBuilder(ProgramServiceApplication.class)
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--spring.datasource.url=" + db.url(),
            "--spring.datasource.username=" + db.user(),
            "--spring.datasource.password=" + db.password(),
            "--spring.kafka.bootstrap-servers=" + bootstrapServers,
            "--crew.outbox.relay-enabled=" + relay,
            // give a failed batch back quickly so the test does not wait out long timeouts
            "--crew.outbox.send-timeout-ms=2000",
            "--spring.kafka.admin.operation-timeout=2s",
            "--spring.kafka.admin.close-timeout=1s",
            "--springdoc.api-docs.enabled=false",
            "--springdoc.swagger-ui.enabled=false");
  }

  /** One broker; the relay's transactions need the transaction log to fit on it. */
  private static EmbeddedKafkaKraftBroker singleBroker() {
    EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6, PROGRAMS);
    broker.brokerProperty("transaction.state.log.replication.factor", "1");
    broker.brokerProperty("transaction.state.log.min.isr", "1");
    return broker;
  }

  private static int httpPort(ConfigurableApplicationContext context) {
    return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
  }
}
