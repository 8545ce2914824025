package org.crewtraining.program.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.crewtraining.program.HttpApi;
import org.crewtraining.support.testing.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * A broker outage makes the service not ready, never not live: the probes an orchestrator asks,
 * before and after this test's own broker is shut down.
 */
@DirtiesContext // the broker does not come back
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
      "crew.outbox.relay-enabled=false"
    })
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@EmbeddedKafka(partitions = 1)
class HealthProbesTest {

  @LocalManagementPort int managementPort;
  @Autowired EmbeddedKafkaBroker broker;

  @Test
  void aBrokerOutageMakesTheServiceNotReadyButKeepsItLive() {
    HttpApi management = new HttpApi(managementPort);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(management.get("/actuator/health/readiness").status()).isEqualTo(200));
    assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
    assertThat(management.get("/actuator/health/readiness").raw().body())
        .contains("\"broker\"")
        .contains("\"db\"");

    broker.destroy();

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              HttpApi.Response readiness = management.get("/actuator/health/readiness");
              assertThat(readiness.status()).isEqualTo(503);
              assertThat(readiness.raw().body()).contains("\"DOWN\"");
            });
    HttpApi.Response liveness = management.get("/actuator/health/liveness");
    assertThat(liveness.status()).isEqualTo(200);
    assertThat(liveness.raw().body()).contains("\"UP\"").doesNotContain("broker");
  }
}
