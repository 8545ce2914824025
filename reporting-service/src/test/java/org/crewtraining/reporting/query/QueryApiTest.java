package org.crewtraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.GroupOffsets;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.projection.EventBatchListener;
import org.crewtraining.support.testing.PrometheusScrape;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The JSON API, OpenAPI document, actuator health/metrics (management port) and static pages over
 * HTTP.
 */
class QueryApiTest extends IntegrationTestBase {

  @Autowired private KafkaListenerEndpointRegistry listeners;
  private String x;

  @BeforeEach
  void applyScenario() {
    x = newPrefix();
    publish(Scenarios.all(x));
    ReadModels.programs(ProjectionFold.fold(Scenarios.all(x))).forEach(this::awaitProgramme);
  }

  @Test
  void programmeFiguresAndUnknownProgramme() {
    String body = ok("/api/programs/" + p1(x));
    assertThat((Integer) JsonPath.read(body, "$.figures.completed")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(body, "$.figures.withdrawn")).isEqualTo(2);
    assertThat((Double) JsonPath.read(body, "$.figures.completionRate")).isEqualTo(0.3333);
    assertThat((String) JsonPath.read(body, "$.status")).isEqualTo("CLOSED");

    HttpResponse<String> missing = Http.get(port, "/api/programs/no-such-programme");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat((Integer) JsonPath.read(missing.body(), "$.status")).isEqualTo(404);
  }

  @Test
  void programmeListFiltersAndPages() {
    String cancelled2025 =
        ok("/api/programs?partner=CJ%20ENM&cohortYear=2025&status=CANCELLED&size=500");
    List<String> ids = JsonPath.read(cancelled2025, "$.items[*].programId");
    assertThat(ids).contains(p2(x)).doesNotContain(p1(x));
    List<String> statuses = JsonPath.read(cancelled2025, "$.items[*].status");
    assertThat(statuses).containsOnly("CANCELLED");

    String firstPage = ok("/api/programs?size=1&page=0");
    assertThat((List<?>) JsonPath.read(firstPage, "$.items")).hasSize(1);
    assertThat((Integer) JsonPath.read(firstPage, "$.totalPages"))
        .isEqualTo((Integer) JsonPath.read(firstPage, "$.totalItems"));
    assertThat(Http.get(port, "/api/programs?size=0").statusCode()).isEqualTo(400);
  }

  @Test
  void rollupsAndTranscripts() {
    List<String> years = JsonPath.read(ok("/api/rollups/COHORT_YEAR"), "$.items[*].key");
    assertThat(years).contains("2024", "2025");
    List<String> types =
        JsonPath.read(ok("/api/rollups/PARTICIPANT_TYPE?cohortYear=2024"), "$.items[*].key");
    assertThat(types).contains("INDUSTRY_WORKER", "UNIVERSITY_STUDENT");

    String transcript = ok("/api/participants/" + Scenarios.participantA(x) + "/transcript");
    List<String> statuses = JsonPath.read(transcript, "$.entries[*].status");
    assertThat(statuses).containsExactly("WITHDRAWN", "CANCELLED");
    assertThat((Double) JsonPath.read(transcript, "$.trainingHours")).isEqualTo(4.0);
    assertThat(Http.get(port, "/api/participants/nobody/transcript").statusCode()).isEqualTo(404);
  }

  @Test
  void openApiDocumentsTheEndpoints() {
    String docs = ok("/v3/api-docs");
    assertThat(docs)
        .contains("/api/programs/{programId}", "/api/rollups/{dimension}")
        .contains("/api/participants/{participantId}/transcript", "/api/completion-metrics");
  }

  @Test
  void healthShowsConsumerLagAndLastEventAndMetricsCountEvents() {
    awaitLag(0);
    String health = ok(managementPort, "/actuator/health");
    assertThat((String) JsonPath.read(health, "$.components.projection.status")).isEqualTo("UP");
    assertThat((String) JsonPath.read(health, "$.components.projection.details.lastAppliedEventAt"))
        .isNotEqualTo("none");

    String applied = ok(managementPort, "/actuator/metrics/reporting.events.applied");
    assertThat((Double) JsonPath.read(applied, "$.measurements[0].value"))
        .isGreaterThanOrEqualTo(Scenarios.all(x).size());
  }

  @Test
  void healthCountsWhatTheStoredPositionHasNotCoveredNotTheGroupOffsets() throws Exception {
    awaitLag(0);
    MessageListenerContainer live = listeners.getListenerContainer(EventBatchListener.ID);
    live.stop();
    List<SpecificRecord> more = Scenarios.all(newPrefix());
    try {
      // Group offsets at 0 say nothing about what is applied: the stored positions do.
      GroupOffsets.rewindToTheStart(broker.getBrokersAsString(), "reporting-it");
      awaitLag(0);
      publish(more);
      // Exactly the records no stored position covers (the group's offsets trail by the ack time).
      awaitLag(more.size());
      // The same figure per partition in the scrape (refreshed at most every few seconds).
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                List<PrometheusScrape.Sample> lag =
                    PrometheusScrape.of(managementPort).series("reporting_projection_lag");
                assertThat(lag).hasSize(partitionsConsumed());
                assertThat(lag).allSatisfy(p -> assertThat(p.value()).isNotNegative());
                assertThat(lag.stream().mapToDouble(PrometheusScrape.Sample::value).sum())
                    .isEqualTo(more.size());
              });
    } finally {
      live.start();
    }
    awaitLag(0);
  }

  /** Health answers 503 while the listener is stopped; the details are there either way. */
  private void awaitLag(long expected) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                ((Number)
                            JsonPath.read(
                                Http.get(managementPort, "/actuator/health").body(),
                                "$.components.projection.details.consumerLag.total"))
                        .longValue()
                    == expected);
  }

  @Test
  void dashboardAndItsWebJarAreServed() {
    assertThat(ok("/dashboard")).contains("/webjars/echarts/dist/echarts.min.js");
    assertThat(ok("/")).contains("completion dashboard");
    assertThat(ok("/webjars/echarts/dist/echarts.min.js")).contains("echarts");
  }

  private static int partitionsConsumed() {
    return Topic.PROGRAM_EVENTS.partitions() + Topic.ENROLLMENT_EVENTS.partitions();
  }

  private String ok(String path) {
    return ok(port, path);
  }

  private static String ok(int port, String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }
}
