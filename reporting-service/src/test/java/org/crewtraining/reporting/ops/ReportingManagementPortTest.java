package org.crewtraining.reporting.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.PrometheusScrape;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A Prometheus scrape of reporting-service's management port: the projection's lag per partition,
 * the Kafka client metrics of its consumer and of the metrics topic's producer, the DLT counters;
 * refused to another network, while the application port still wants a user.
 */
class ReportingManagementPortTest extends IntegrationTestBase {

  @Test
  void aScrapeShowsLagPerPartitionAndTheKafkaClients() {
    publish(Scenarios.all(newPrefix()));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              PrometheusScrape scrape = PrometheusScrape.of(managementPort);
              for (Topic topic : List.of(Topic.PROGRAM_EVENTS, Topic.ENROLLMENT_EVENTS)) {
                for (int p = 0; p < topic.partitions(); p++) {
                  assertThat(
                          scrape.value(
                              "reporting_projection_lag",
                              "topic",
                              topic.topicName(),
                              "partition",
                              Integer.toString(p)))
                      .as(topic.topicName() + "-" + p)
                      .isZero();
                }
              }
              // The projection's consumer, and the producer of the completion metrics topic.
              assertThat(sum(scrape, "kafka_consumer_fetch_manager_records_consumed_total"))
                  .isPositive();
              assertThat(sum(scrape, "kafka_producer_record_send_total")).isPositive();
            });
    PrometheusScrape scrape = PrometheusScrape.of(managementPort);
    assertThat(scrape.series("kafka_consumer_fetch_manager_records_consumed_total"))
        .allSatisfy(s -> assertThat(s.labels()).containsKeys("client_id", "spring_id"));
    for (Topic topic : Topic.values()) {
      assertThat(
              scrape.value("crew_kafka_dead_letters_total", "topic", topic.deadLetterTopicName()))
          .isZero();
    }
    assertThat(scrape.series("reporting_events_applied_total")).isNotEmpty();
  }

  @Test
  void anotherNetworkIsRefusedAndTheApplicationPortStillWantsAUser() {
    assertThat(PrometheusScrape.get("127.0.0.1", port, "/api/programs", null).statusCode())
        .isEqualTo(401);
    assertThat(
            PrometheusScrape.get(
                    "127.0.0.1", port, "/api/programs", TestUser.VIEWER.authorization())
                .statusCode())
        .isEqualTo(200);
    Optional<String> outside = PrometheusScrape.nonLoopbackAddress();
    Assumptions.assumeTrue(
        outside.isPresent(), "this host has no address outside loopback to call from");
    HttpResponse<String> refused =
        PrometheusScrape.get(outside.get(), managementPort, "/actuator/prometheus", null);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("\"code\":\"network-not-allowed\"");
  }

  private static double sum(PrometheusScrape scrape, String name) {
    return scrape.series(name).stream().mapToDouble(PrometheusScrape.Sample::value).sum();
  }
}
