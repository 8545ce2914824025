package org.crewtraining.reporting.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.Scenarios.p1;
import static org.crewtraining.readmodels.Scenarios.p2;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.readmodels.EnrollmentFigures;
import org.crewtraining.readmodels.FigureTotals;
import org.crewtraining.readmodels.ProgramFigures;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.Scenarios;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.projection.EventBatchListener;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Verify finds a tampered row; a rebuild (while events keep arriving) repairs it and switches
 * atomically; two consecutive rebuilds give identical read models; the live projection carries on
 * after the switch; the as-of report has the figures of that instant.
 */
class ReplayTest extends IntegrationTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectionStore store;
  @Autowired KafkaListenerEndpointRegistry listeners;

  @Test
  void verifyFindsTamperingAndConsecutiveRebuildsAreIdentical() {
    String x = newPrefix();
    publish(Scenarios.all(x));
    ReadModels.programs(ProjectionFold.fold(Scenarios.all(x))).forEach(this::awaitProgramme);
    assertThat(differences(verify())).isEmpty();

    jdbc.update("UPDATE enrollment SET status = 'COMPLETED' WHERE enrollment_id = ?", x + "-e1");
    jdbc.update("UPDATE program SET title = 'Forged' WHERE program_id = ?", p2(x));
    jdbc.update("UPDATE enrollment SET training_hours = 999 WHERE enrollment_id = ?", x + "-e1");
    jdbc.update("UPDATE program SET completed = completed + 5 WHERE program_id = ?", p2(x));
    // A programme's figures are served from its row: the forged enrollment hours are not, the
    // forged programme count is.
    double foldedHours =
        ReadModels.programs(ProjectionFold.fold(Scenarios.all(x))).get(0).figures().trainingHours();
    assertThat(queries.program(p1(x)).orElseThrow().figures().trainingHours())
        .isEqualTo(foldedHours);
    assertThat(queries.program(p2(x)).orElseThrow().figures().completed()).isEqualTo(5);
    String report = verify();
    assertThat(differences(report))
        .containsExactlyInAnyOrder(
            Map.of(
                "model", "program",
                "id", p2(x),
                "field", "title",
                "expected", "Virtual production workshop",
                "actual", "Forged"),
            Map.of(
                "model", "enrollment",
                "id", x + "-e1",
                "field", "status",
                "expected", "WITHDRAWN",
                "actual", "COMPLETED"),
            Map.of(
                "model", "enrollment-figures",
                "id", x + "-e1",
                "field", "trainingHours",
                "expected", "4.0",
                "actual", "999.0"),
            // The programme's totals no longer add up to its stored enrollments' figures.
            Map.of(
                "model", "program-figures-of-enrollments",
                "id", p1(x),
                "field", "trainingHours",
                "expected", "1051",
                "actual", "56"),
            Map.of(
                "model", "program-figures",
                "id", p2(x),
                "field", "completed",
                "expected", "0",
                "actual", "5"),
            Map.of(
                "model", "program-figures-of-enrollments",
                "id", p2(x),
                "field", "completed",
                "expected", "0",
                "actual", "5"));

    // Rebuild while more events arrive: they end up in the new generation or after it.
    String first = startRebuild();
    assertThat(post("/api/admin/rebuilds").statusCode()).isEqualTo(409);
    String y = newPrefix();
    publish(Scenarios.all(y));
    String done = awaitDone(first);
    assertThat((Double) JsonPath.read(done, "$.percent")).isEqualTo(100.0);
    assertThat(((Number) JsonPath.read(done, "$.eventsApplied")).longValue()).isPositive();
    assertThat(((Number) JsonPath.read(done, "$.recordsRead")).longValue())
        .isGreaterThanOrEqualTo(((Number) JsonPath.read(done, "$.eventsApplied")).longValue());
    assertThat((Double) JsonPath.read(done, "$.eventsPerSecond")).isPositive();
    assertThat((Integer) JsonPath.read(done, "$.etaSeconds")).isZero();

    ReadModels.programs(ProjectionFold.fold(Scenarios.all(x))).forEach(this::awaitProgramme);
    ReadModels.programs(ProjectionFold.fold(Scenarios.all(y))).forEach(this::awaitProgramme);
    assertThat(differences(verify())).isEmpty();
    ReportingState afterFirst = store.loadAll();
    Map<String, EnrollmentFigures> figuresAfterFirst = store.loadEnrollmentFigures();
    assertThat(figuresAfterFirst).isEqualTo(ReadModels.enrollmentFigures(afterFirst));
    Map<String, FigureTotals> totalsAfterFirst = store.loadProgramFigures();
    assertThat(totalsAfterFirst).isEqualTo(ProgramFigures.of(afterFirst));

    awaitDone(startRebuild());
    ReportingState afterSecond = store.loadAll();
    assertThat(afterSecond).isEqualTo(afterFirst);
    assertThat(store.loadEnrollmentFigures()).isEqualTo(figuresAfterFirst);
    assertThat(store.loadProgramFigures()).isEqualTo(totalsAfterFirst);
    assertThat(jdbc.queryForList("SELECT tablename FROM pg_tables WHERE tablename LIKE '%_next'"))
        .isEmpty();

    // The live projection resumed on the new generation.
    String z = newPrefix();
    publish(Scenarios.all(z));
    ReadModels.programs(ProjectionFold.fold(Scenarios.all(z))).forEach(this::awaitProgramme);
    assertThat(differences(verify())).isEmpty();
    assertThat(Http.get(port, "/api/admin/rebuilds/no-such-rebuild").statusCode()).isEqualTo(404);
  }

  /** What a cross-site form could send: an auditor's browser must not start or run anything. */
  @Test
  void aRebuildOrVerifyWithoutAJsonContentTypeIs415AndStartsNothing() {
    for (String path : List.of("/api/admin/rebuilds", "/api/admin/verify")) {
      for (String contentType : new String[] {null, "application/x-www-form-urlencoded"}) {
        HttpRequest.Builder request =
            Http.request(port, path)
                .POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(60));
        if (contentType != null) {
          request.header("Content-Type", contentType);
        }
        HttpResponse<String> refused = send(request);
        assertThat(refused.statusCode()).as(path + " " + contentType).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
            .startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(refused.body(), "$.code"))
            .isEqualTo("unsupported-media-type");
      }
    }
    // Had a refused request started a rebuild, this one would be 409 rebuild-running.
    awaitDone(startRebuild());
  }

  @Test
  void aRebuildAheadOfTheLiveProjectionAuditsWhatItTookOverAndNothingIsAppliedTwice() {
    String x = newPrefix();
    List<SpecificRecord> events = Scenarios.all(x);
    MessageListenerContainer live = listeners.getListenerContainer(EventBatchListener.ID);
    live.stop();
    try {
      publish(events);
      // The rebuild reads these events; the live projection has not taken them.
      awaitDone(startRebuild());
      ReadModels.programs(ProjectionFold.fold(events)).forEach(this::awaitProgramme);
      assertThat(auditedOnce(x)).isEqualTo(events.size());
    } finally {
      live.start();
    }
    String y = newPrefix();
    publish(Scenarios.all(y));
    ReadModels.programs(ProjectionFold.fold(Scenarios.all(y))).forEach(this::awaitProgramme);
    assertThat(differences(verify())).isEmpty();
    assertThat(auditedOnce(x)).isEqualTo(events.size());
    ReadModels.programs(ProjectionFold.fold(events))
        .forEach(p -> assertThat(queries.program(p.programId())).contains(p));
  }

  /** Audit rows of the prefix's events, or -1 if an event id is there twice. */
  private long auditedOnce(String prefix) {
    return jdbc.queryForObject(
        "SELECT CASE WHEN count(DISTINCT event_id) = count(*) THEN count(*) ELSE -1 END"
            + " FROM audit_event WHERE program_id LIKE ?",
        Long.class,
        prefix + "-%");
  }

  @Test
  void asOfReportHasTheFiguresOfThatInstant() {
    String x = newPrefix();
    List<SpecificRecord> events = Scenarios.all(x);
    publish(events);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id LIKE ?",
                        Long.class,
                        x + "-%")
                    == events.size());
    // Up to a's withdrawal: all 7 programme events and the first 8 enrollment events.
    Instant at = Events.metadataOf(events.get(14)).getOccurredAt();

    HttpResponse<String> response = Http.get(port, "/api/reports/as-of?at=" + at);
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    // P1: a withdrew after 4 h, b confirmed, c and d waitlisted.
    assertThat(figure(body, p1(x), "enrolled")).isEqualTo(2);
    assertThat(figure(body, p1(x), "confirmed")).isEqualTo(1);
    assertThat(figure(body, p1(x), "waitlisted")).isEqualTo(2);
    assertThat(figure(body, p1(x), "withdrawn")).isEqualTo(1);
    assertThat(figure(body, p1(x), "completed")).isEqualTo(0);
    assertThat(figure(body, p1(x), "trainingHours")).isEqualTo(4.0);
    // P2: a confirmed, e waitlisted; the cancellations come later.
    assertThat(figure(body, p2(x), "confirmed")).isEqualTo(1);
    assertThat(figure(body, p2(x), "waitlisted")).isEqualTo(1);
    assertThat(figure(body, p2(x), "cancelled")).isEqualTo(0);
    assertThat((String) JsonPath.read(body, "$.asOf")).isEqualTo(at.toString());
    // The live read models are untouched: they have the whole story.
    assertThat(queries.program(p1(x)).orElseThrow().figures().completed()).isEqualTo(1);
  }

  private static Number figure(String body, String programId, String name) {
    List<Number> values =
        JsonPath.read(body, "$.programs[?(@.programId == '" + programId + "')].figures." + name);
    assertThat(values).as(programId + " " + name).hasSize(1);
    return values.get(0);
  }

  private String verify() {
    HttpResponse<String> response = post("/api/admin/verify");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static List<Map<String, Object>> differences(String verifyReport) {
    return JsonPath.read(verifyReport, "$.differences");
  }

  private String startRebuild() {
    HttpResponse<String> response = post("/api/admin/rebuilds");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    assertThat(response.headers().firstValue("Location")).isPresent();
    return JsonPath.read(response.body(), "$.id");
  }

  private String awaitDone(String id) {
    String[] last = {null};
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              last[0] = Http.get(port, "/api/admin/rebuilds/" + id).body();
              String phase = JsonPath.read(last[0], "$.phase");
              assertThat(phase).as(last[0]).isNotEqualTo("FAILED");
              return phase.equals("DONE");
            });
    return last[0];
  }

  private HttpResponse<String> post(String path) {
    return send(
        Http.request(port, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(60)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return Http.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
