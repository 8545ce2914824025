package org.crewtraining.program.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.crewtraining.contracts.Topic;
import org.crewtraining.program.ProgramRequests;
import org.crewtraining.program.ProgramServiceIntegrationTest;
import org.crewtraining.support.testing.PrometheusScrape;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The management port as Prometheus and an outsider see it: a scrape from loopback without
 * credentials names the relay's Kafka producer, the outbox gauges and the DLT counters; a client on
 * another network is refused with 403 whatever it sends; the application port still wants a user.
 */
class ProgramManagementPortTest extends ProgramServiceIntegrationTest {

  private static final String RELAY_CLIENT = "producer-program-service-outbox-relay";

  @Test
  void aScrapeWithoutCredentialsShowsTheRelayOutboxAndDeadLetters() {
    createProgram(ProgramRequests.create());

    // The relay sends the programme's event in a transaction of its own producer.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        PrometheusScrape.of(managementPort)
                            .value("kafka_producer_record_send_total", "client_id", RELAY_CLIENT))
                    .isGreaterThanOrEqualTo(2)); // the event and the relay's checkpoint record
    PrometheusScrape scrape = PrometheusScrape.of(managementPort);
    assertThat(scrape.seriesStartingWith("kafka_producer_", "client_id", RELAY_CLIENT).size())
        .as("the relay producer's client metrics")
        .isGreaterThan(20);
    assertThat(scrape.value("crew_outbox_backlog")).isGreaterThanOrEqualTo(0);
    assertThat(scrape.value("crew_outbox_oldest_unsent_age_seconds")).isGreaterThanOrEqualTo(0);
    for (Topic topic : Topic.values()) {
      assertThat(
              scrape.value("crew_kafka_dead_letters_total", "topic", topic.deadLetterTopicName()))
          .as(topic.deadLetterTopicName())
          .isZero();
    }
  }

  @Test
  void theBacklogGaugeDrainsWithTheOutbox() {
    createProgram(ProgramRequests.create());

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertThat(PrometheusScrape.of(managementPort).value("crew_outbox_backlog")).isZero();
              assertThat(
                      jdbc.sql("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")
                          .query(Long.class)
                          .single())
                  .isZero();
            });
  }

  @Test
  void aClientFromAnotherNetworkIsRefusedWhateverItSends() {
    Optional<String> outside = PrometheusScrape.nonLoopbackAddress();
    Assumptions.assumeTrue(
        outside.isPresent(), "this host has no address outside loopback to call from");

    for (String authorization : new String[] {null, TestUser.OPERATOR.authorization()}) {
      for (String path : new String[] {"/actuator/prometheus", "/actuator/health"}) {
        HttpResponse<String> refused =
            PrometheusScrape.get(outside.get(), managementPort, path, authorization);
        assertThat(refused.statusCode()).as(path).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"code\":\"network-not-allowed\"");
      }
    }
    // The application port answers that address as before: it needs a user, no more.
    assertThat(PrometheusScrape.get(outside.get(), port(), "/programs", null).statusCode())
        .isEqualTo(401);
  }

  @Test
  void theApplicationPortStillDemandsCredentialsAndHasNoActuator() {
    assertThat(PrometheusScrape.get("127.0.0.1", port(), "/programs", null).statusCode())
        .isEqualTo(401);
    assertThat(
            PrometheusScrape.get("127.0.0.1", port(), "/programs", TestUser.VIEWER.authorization())
                .statusCode())
        .isEqualTo(200);
    assertThat(PrometheusScrape.get("127.0.0.1", port(), "/actuator/prometheus", null).statusCode())
        .isEqualTo(401);
    assertThat(
            PrometheusScrape.get(
                    "127.0.0.1", port(), "/actuator/prometheus", TestUser.OPERATOR.authorization())
                .statusCode())
        .as("no rule opens actuator paths on the application port")
        .isEqualTo(403);
    // RANDOM_PORT moved the management port off its default too, so tests never take bin/run's.
    assertThat(managementPort).isNotIn(port(), 8091);
  }
}
