package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a real PostgreSQL database and a real (embedded) broker, reached over real
 * HTTP. Subclasses share one Spring context: keep these annotations the only configuration.
 * RANDOM_PORT gives the management port (actuator) a random port of its own too.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
public abstract class ProgramServiceIntegrationTest {

  @LocalServerPort int port;
  @LocalManagementPort protected int managementPort;
  @Autowired protected EmbeddedKafkaBroker broker;
  @Autowired protected JdbcClient jdbc;

  protected HttpApi api() {
    return new HttpApi(port);
  }

  protected int port() {
    return port;
  }

  /** Actuator on the management port, from loopback, signed in (health details need a role). */
  protected HttpApi management() {
    return new HttpApi(managementPort);
  }

  /** Creates a programme through the API and returns its id. */
  protected String createProgram(Map<String, Object> body, String... headers) {
    HttpApi.Response created = api().post("/programs", body, headers);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("programId").asString();
  }

  protected List<ConsumerRecord<String, SpecificRecord>> eventsOf(String programId, int expected) {
    return TopicReader.recordsOf(broker.getBrokersAsString(), programId, expected);
  }

  protected long rows(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }

  protected long outboxRowsOf(String programId) {
    return jdbc.sql("SELECT count(*) FROM outbox_event WHERE record_key = ?")
        .param(programId)
        .query(Long.class)
        .single();
  }
}
