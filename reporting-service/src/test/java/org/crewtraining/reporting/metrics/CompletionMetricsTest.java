package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.reporting.CompletionFigures;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;
import org.crewtraining.events.reporting.ProgramCompletionFigures;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.readmodels.TestEvents;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CompletionMetricsUpdated on the metrics topic (coalesced) and the same updates over SSE. */
class CompletionMetricsTest extends IntegrationTestBase {

  @Autowired MetricsProperties metricsProperties;

  @Test
  void aBurstOfEventsYieldsFewCoalescedUpdatesWithTheFoldedFigures() {
    String x = newPrefix();
    List<CompletionMetricsUpdated> updates = new ArrayList<>();
    try (KafkaConsumer<String, SpecificRecord> consumer = metricsConsumer()) {
      publish(Scenarios.all(x));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(200))
                    .forEach(r -> updates.add((CompletionMetricsUpdated) r.value()));
                return figuresOf(updates, p1(x))
                    .contains(new CompletionFigures(3L, 1L, 1L, 0.3333));
              });
    }
    // 22 events, yet only a few updates mention the programme, ...
    assertThat(updates.stream().filter(u -> mentions(u, p1(x))).count()).isLessThanOrEqualTo(3);
    // ... and consecutive updates are at least one window apart.
    long window = metricsProperties.window().toMillis();
    for (int i = 1; i < updates.size(); i++) {
      long gap =
          updates.get(i).getMetadata().getOccurredAt().toEpochMilli()
              - updates.get(i - 1).getMetadata().getOccurredAt().toEpochMilli();
      assertThat(gap).isGreaterThanOrEqualTo(window * 9 / 10);
    }
  }

  @Test
  void eachCommitThatChangesFiguresIsFollowedByAnUpdateWhoseOverallIsTheFullCount() {
    String x = newPrefix();
    String late = x + "-late";
    List<CompletionMetricsUpdated> updates = new ArrayList<>();
    try (KafkaConsumer<String, SpecificRecord> consumer = metricsConsumer()) {
      publish(Scenarios.all(x));
      awaitUpdate(consumer, updates, p1(x), new CompletionFigures(3L, 1L, 1L, 0.3333));

      // One more enrolment, then its completion: each commit is followed by its own update.
      publish(List.of(TestEvents.confirmed(x + "-e9", p1(x), late, ParticipantType.OTHER)));
      awaitUpdate(consumer, updates, p1(x), new CompletionFigures(4L, 1L, 1L, 0.25));
      publish(
          List.of(TestEvents.outcome(x + "-e9", p1(x), late, CompletionOutcome.COMPLETED, 40.0)));
      awaitUpdate(consumer, updates, p1(x), new CompletionFigures(4L, 2L, 1L, 0.5));

      // The overall figures, kept from the touched programmes only, match a count of everything.
      await()
          .atMost(Duration.ofSeconds(20))
          .untilAsserted(
              () -> {
                consumer
                    .poll(Duration.ofMillis(100))
                    .forEach(r -> updates.add((CompletionMetricsUpdated) r.value()));
                var overall = MetricsUpdate.Completion.of(queries.overall()).toAvro();
                assertThat(updates.get(updates.size() - 1).getOverall()).isEqualTo(overall);
              });
    }
  }

  private static void awaitUpdate(
      KafkaConsumer<String, SpecificRecord> consumer,
      List<CompletionMetricsUpdated> updates,
      String programId,
      CompletionFigures figures) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              consumer
                  .poll(Duration.ofMillis(100))
                  .forEach(r -> updates.add((CompletionMetricsUpdated) r.value()));
              return figuresOf(updates, programId).contains(figures);
            });
  }

  @Test
  void sseStartsWithASnapshotAndThenStreamsUpdates() throws Exception {
    String x = newPrefix();
    publish(Scenarios.all(x));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> queries.program(p1(x)).filter(p -> p.figures().completed() == 1).isPresent());

    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpRequest request =
        org.crewtraining.reporting.Http.request(port, "/api/completion-metrics/stream")
            .header("Last-Event-ID", "7") // a reconnecting browser
            .build();
    var response =
        org.crewtraining.reporting.Http.client()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    Thread reader = new Thread(() -> response.body().forEach(lines::add));
    reader.setDaemon(true);
    reader.start();

    Map<String, String> snapshot = nextEvent(lines);
    assertThat(snapshot.get("event")).isEqualTo(MetricsStream.SNAPSHOT_EVENT);
    assertThat(snapshot.get("data")).contains(p1(x)).contains("\"snapshot\":true");

    // One more completion in P1: the next event is an update carrying it.
    String a = x + "-late";
    publish(
        List.of(
            TestEvents.confirmed(x + "-e9", p1(x), a, ParticipantType.OTHER),
            TestEvents.outcome(x + "-e9", p1(x), a, CompletionOutcome.COMPLETED, 40.0)));
    // Updates coalesced from the earlier events may still be in flight; the late completion must
    // arrive as an update after the snapshot.
    Map<String, String> update = nextEventAbout(lines, p1(x), "\"completed\":2");
    assertThat(update.get("event")).isEqualTo(MetricsStream.UPDATE_EVENT);
    assertThat(Long.parseLong(update.get("id"))).isGreaterThan(Long.parseLong(snapshot.get("id")));
  }

  private static Map<String, String> nextEventAbout(
      BlockingQueue<String> lines, String programId, String content) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Map<String, String> event = nextEvent(lines);
      String data = event.getOrDefault("data", "");
      if (data.contains(programId) && data.contains(content)) {
        return event;
      }
    }
    throw new AssertionError("No SSE event about " + programId + " with " + content);
  }

  /** Reads one SSE event (fields up to the blank line). */
  private static Map<String, String> nextEvent(BlockingQueue<String> lines)
      throws InterruptedException {
    Map<String, String> fields = new java.util.HashMap<>();
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

  private static boolean mentions(CompletionMetricsUpdated update, String programId) {
    return update.getPrograms().stream().anyMatch(p -> p.getProgramId().equals(programId));
  }

  private static List<CompletionFigures> figuresOf(
      List<CompletionMetricsUpdated> updates, String programId) {
    return updates.stream()
        .flatMap(u -> u.getPrograms().stream())
        .filter(p -> p.getProgramId().equals(programId))
        .map(ProgramCompletionFigures::getFigures)
        .toList();
  }

  private KafkaConsumer<String, SpecificRecord> metricsConsumer() {
    KafkaConsumer<String, SpecificRecord> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "metrics-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest"),
            new StringDeserializer(),
            new EventDeserializer());
    consumer.subscribe(List.of(Topic.COMPLETION_METRICS.topicName()));
    // Join the group and fix the start position before the events are published.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              consumer.poll(Duration.ofMillis(100));
              return !consumer.assignment().isEmpty();
            });
    consumer.assignment().forEach(consumer::position);
    return consumer;
  }
}
