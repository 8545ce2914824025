package org.crewtraining.enrollment.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.crewtraining.contracts.Topic;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.PrometheusScrape;
import org.junit.jupiter.api.Test;

/**
 * A Prometheus scrape of enrollment-service's management port, which both consumes (programme
 * events) and relays its outbox: the listener's consumer and the relay's producer each show their
 * Kafka client metrics, next to the outbox gauges and the DLT counters.
 */
class EnrollmentManagementPortTest extends EnrollmentIntegrationTest {

  private static final String RELAY_CLIENT = "producer-enrollment-service-outbox-relay";

  @Test
  void aScrapeShowsTheConsumerTheRelayTheOutboxAndDeadLetters() {
    String programId = openProgramme(10, Audience.OPEN);
    assertThat(enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)).status())
        .isEqualTo(201);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        PrometheusScrape.of(managementPort)
                            .series("kafka_consumer_fetch_manager_records_consumed_total")
                            .stream()
                            .mapToDouble(PrometheusScrape.Sample::value)
                            .sum())
                    .isGreaterThanOrEqualTo(2));
    PrometheusScrape scrape = PrometheusScrape.of(managementPort);
    // Bound by spring-kafka's listener on Boot's consumer factory: tagged with the factory's id.
    assertThat(scrape.series("kafka_consumer_fetch_manager_records_consumed_total"))
        .allSatisfy(s -> assertThat(s.labels()).containsKeys("client_id", "spring_id"));
    assertThat(scrape.seriesStartingWith("kafka_consumer_coordinator_")).isNotEmpty();
    // The relay's producer sent the registration's and the enrollment's events.
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        PrometheusScrape.of(managementPort)
                            .value("kafka_producer_record_send_total", "client_id", RELAY_CLIENT))
                    .isGreaterThanOrEqualTo(2));
    scrape = PrometheusScrape.of(managementPort);
    assertThat(scrape.seriesStartingWith("kafka_producer_", "client_id", RELAY_CLIENT).size())
        .isGreaterThan(20);
    // Same tag keys as spring-kafka's clients, or Prometheus would refuse the relay's meters.
    assertThat(scrape.seriesStartingWith("kafka_producer_", "client_id", RELAY_CLIENT))
        .allSatisfy(
            s ->
                assertThat(s.labels())
                    .containsEntry("spring_id", "enrollment-service-outbox-relay"));
    assertThat(scrape.value("crew_outbox_backlog")).isGreaterThanOrEqualTo(0);
    assertThat(scrape.value("crew_outbox_oldest_unsent_age_seconds")).isGreaterThanOrEqualTo(0);
    for (Topic topic : Topic.values()) {
      assertThat(
              scrape.value("crew_kafka_dead_letters_total", "topic", topic.deadLetterTopicName()))
          .isZero();
    }
  }
}
