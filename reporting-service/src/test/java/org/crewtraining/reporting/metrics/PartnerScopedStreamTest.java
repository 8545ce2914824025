package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.PartnerScenario.f;
import static org.crewtraining.readmodels.PartnerScenario.k;
import static org.crewtraining.readmodels.PartnerScenario.kn;
import static org.crewtraining.readmodels.PartnerScenario.n;
import static org.crewtraining.readmodels.PartnerScenario.s;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crewtraining.readmodels.PartnerScenario;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The completion-metrics stream of an account bound to KOCCA carries only KOCCA's programmes, and
 * its overall figures are summed over those alone; an unbound viewer's stream of the same moment
 * carries every programme.
 */
class PartnerScopedStreamTest extends IntegrationTestBase {

  @Autowired JsonMapper json;

  @Test
  void aKoccaViewersStreamCarriesOnlyKoccaProgrammesAndTheirSum() throws Exception {
    String x = newPrefix();
    Stream kocca = open(TestUser.KOCCA_VIEWER);
    Stream everyone = open(TestUser.VIEWER);
    assertThat(kocca.next().get("snapshot").asBoolean()).isTrue();
    assertThat(everyone.next().get("snapshot").asBoolean()).isTrue();

    publish(PartnerScenario.events(x));

    Map<String, JsonNode> koccaSeen = new HashMap<>();
    Map<String, JsonNode> everyoneSeen = new HashMap<>();
    List<JsonNode> koccaUpdates = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              kocca.drain(koccaUpdates, koccaSeen);
              everyone.drain(new ArrayList<>(), everyoneSeen);
              return completed(koccaSeen, k(x)) == 1
                  && completed(koccaSeen, kn(x)) == 1
                  && completed(everyoneSeen, f(x)) == 1
                  && completed(everyoneSeen, n(x)) == 1;
            });
    for (JsonNode update : koccaUpdates) {
      update
          .get("programs")
          .forEach(
              p ->
                  assertThat(
                          queries.program(p.get("programId").asString()).orElseThrow().partners())
                      .as("programme in kocca-viewer's stream")
                      .contains(PartnerScenario.KOCCA));
    }
    assertThat(koccaSeen).doesNotContainKeys(f(x), n(x), s(x));
    assertThat(everyoneSeen).containsKeys(k(x), kn(x), f(x), n(x));
    // The stream's overall figures are those of the visible programmes, as the API sums them.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> {
              kocca.drain(koccaUpdates, koccaSeen);
              JsonNode overall = koccaUpdates.get(koccaUpdates.size() - 1).get("overall");
              JsonNode api =
                  json.readTree(
                      Http.get(port, "/api/figures/overall", TestUser.KOCCA_VIEWER).body());
              assertThat(overall.get("enrolled").asLong()).isEqualTo(api.get("enrolled").asLong());
              assertThat(overall.get("completed").asLong())
                  .isEqualTo(api.get("completed").asLong());
              JsonNode all = json.readTree(Http.get(port, "/api/figures/overall").body());
              assertThat(overall.get("enrolled").asLong()).isLessThan(all.get("enrolled").asLong());
            });
  }

  private static long completed(Map<String, JsonNode> seen, String programId) {
    JsonNode p = seen.get(programId);
    return p == null ? -1 : p.get("figures").get("completed").asLong();
  }

  private Stream open(TestUser user) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpResponse<java.util.stream.Stream<String>> response =
        Http.client()
            .sendAsync(
                Http.request(port, "/api/completion-metrics/stream", user).build(),
                HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();
    return new Stream(lines);
  }

  /** One SSE connection's events, as JSON. */
  private final class Stream {
    private final BlockingQueue<String> lines;
    private final StringBuilder data = new StringBuilder();

    Stream(BlockingQueue<String> lines) {
      this.lines = lines;
    }

    /** The next event's data, waiting up to 10 s. */
    JsonNode next() throws InterruptedException {
      while (true) {
        String line = lines.poll(10, TimeUnit.SECONDS);
        assertThat(line).as("SSE line").isNotNull();
        JsonNode event = accept(line);
        if (event != null) {
          return event;
        }
      }
    }

    /** The events received so far: each update, and each programme's latest entry by id. */
    void drain(List<JsonNode> updates, Map<String, JsonNode> programmes) {
      String line;
      while ((line = lines.poll()) != null) {
        JsonNode event = accept(line);
        if (event != null) {
          updates.add(event);
          event.get("programs").forEach(p -> programmes.put(p.get("programId").asString(), p));
        }
      }
    }

    private JsonNode accept(String line) {
      if (line.startsWith("data:")) {
        data.append(line.substring(5));
        return null;
      }
      if (line.isEmpty() && !data.isEmpty()) {
        JsonNode event = json.readTree(data.toString());
        data.setLength(0);
        return event;
      }
      return null;
    }
  }
}
