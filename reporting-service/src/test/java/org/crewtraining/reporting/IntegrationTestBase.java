package org.crewtraining.reporting;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.reporting.query.ReportingQueries;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.crewtraining.support.testing.SpanCollector;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * The running service on a real broker (embedded, KRaft) and a real PostgreSQL database. Subclasses
 * add no configuration, so they share one cached context, broker and database; each test uses its
 * own id prefix and looks only at its own programmes.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "spring.kafka.consumer.group-id=reporting-it",
      "crew.kafka.retry-backoff-ms=10"
    })
// Spans exported in memory, for the tracing tests.
@Import(SpanCollector.class)
@EmbeddedKafka
@ContextConfiguration(initializers = PostgresTestDatabase.class)
public abstract class IntegrationTestBase {

  @Autowired protected KafkaTemplate<String, SpecificRecord> kafka;
  @Autowired protected ReportingQueries queries;
  @Autowired protected EmbeddedKafkaBroker broker;
  @LocalServerPort protected int port;

  /** Actuator's port (health, metrics, prometheus): random too, next to the random server port. */
  @LocalManagementPort protected int managementPort;

  protected static String newPrefix() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Sends each event to its catalogue topic under its catalogue key, in the given order. */
  protected void publish(List<? extends SpecificRecord> events) {
    for (SpecificRecord event : events) {
      EventType type = EventType.of(event);
      kafka.send(type.topic().topicName(), type.keyOf(event), event);
    }
    kafka.flush();
  }

  /** Waits until the stored programme equals what the fold of the same events says. */
  protected void awaitProgramme(org.crewtraining.readmodels.ProgramSummary expected) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> queries.program(expected.programId()).filter(expected::equals).isPresent());
  }
}
