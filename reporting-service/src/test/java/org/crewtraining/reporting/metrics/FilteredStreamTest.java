package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.dashboard.DashboardScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SSE stream with the dashboard's filters, on a real broker and PostgreSQL: the snapshot holds
 * only the programmes the filter selects and overall figures that are their sums; a completion in a
 * programme outside the filter sends nothing, one inside moves the sums.
 */
class FilteredStreamTest extends IntegrationTestBase {

  @Test
  void aFilteredStreamSeesOnlyItsProgrammesAndTheirSums() throws Exception {
    String x = newPrefix();
    publish(DashboardScenario.events(x));
    DashboardScenario.folded(x).forEach(this::awaitProgramme);
    String sound = DashboardScenario.program(x, "C");
    String vfx = DashboardScenario.program(x, "D");

    BlockingQueue<String> lines =
        open(
            "/api/completion-metrics/stream?track=SOUND&fromYear=2024&partner="
                + URLEncoder.encode(CrewScenario.agency(x), StandardCharsets.UTF_8));
    Map<String, String> snapshot = nextEvent(lines);
    assertThat(snapshot.get("event")).isEqualTo(MetricsStream.SNAPSHOT_EVENT);
    String data = snapshot.get("data");
    assertThat((List<String>) JsonPath.read(data, "$.programs[*].programId"))
        .containsExactly(sound);
    assertThat((Integer) JsonPath.read(data, "$.overall.enrolled")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(data, "$.overall.completed")).isEqualTo(1);

    // A completion in the VFX programme, applied and streamed to everyone else before the next
    publish(
        List.of(
            TestEvents.confirmed(x + "-e8", vfx, x + "-w", ParticipantType.INDUSTRY_WORKER),
            TestEvents.outcome(x + "-e8", vfx, x + "-w", CompletionOutcome.COMPLETED, 40.0)));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> queries.program(vfx).filter(p -> p.figures().completed() == 2).isPresent());
    publish(
        List.of(
            TestEvents.confirmed(x + "-e9", sound, x + "-z", ParticipantType.OTHER),
            TestEvents.outcome(x + "-e9", sound, x + "-z", CompletionOutcome.COMPLETED, 40.0)));

    List<Map<String, String>> seen = new ArrayList<>();
    Map<String, String> update;
    do {
      update = nextEvent(lines);
      seen.add(update);
    } while (!update.get("data").contains("\"completed\":2"));
    assertThat(seen).allSatisfy(e -> assertThat(e.get("data")).doesNotContain(vfx));
    assertThat(update.get("event")).isEqualTo(MetricsStream.UPDATE_EVENT);
    assertThat((List<String>) JsonPath.read(update.get("data"), "$.programs[*].programId"))
        .containsExactly(sound);
    assertThat((Integer) JsonPath.read(update.get("data"), "$.overall.enrolled")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(update.get("data"), "$.overall.completed")).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
    "fromYear=twenty, fromYear",
    "fromYear=2024&toYear=2022, toYear",
    "format=LECTURE, format",
    "track=vfx, track"
  })
  void badFiltersAre400NamingTheParameter(String query, String parameter) {
    HttpResponse<String> response = Http.get(port, "/api/completion-metrics/stream?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  private BlockingQueue<String> open(String path) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    var response =
        Http.client()
            .sendAsync(
                Http.request(port, path).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** Reads one SSE event (fields up to the blank line). */
  private static Map<String, String> nextEvent(BlockingQueue<String> lines)
      throws InterruptedException {
    Map<String, String> fields = new HashMap<>();
    while (true) {
      String line = lines.poll(10, TimeUnit.SECONDS);
      assertThat(line).as("SSE line").isNotNull();
      if (line.isEmpty()) {
        if (fields.containsKey("data")) {
          return fields;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        fields.merge(line.substring(0, colon), line.substring(colon + 1), String::concat);
      }
    }
  }
}
