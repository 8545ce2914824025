package org.crewtraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.SessionScenario.program;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.SessionScenario;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sessions, attendance, completion bases and certificates ({@link SessionScenario}) produced to the
 * topics show up in the API with the hand-computed figures of the fold's tests; verify compares the
 * new state (0 differences, then names a tampered session map), a rebuild gives the live state
 * back, and the as-of report has the attendance of its instant.
 */
class AttendanceReportingTest extends IntegrationTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectionStore store;
  @Autowired AttendanceQueries attendanceQueries;

  @Test
  void attendanceCompletionBasesAndCertificatesInTheApiVerifyAndRebuild() {
    String x = newPrefix();
    List<SpecificRecord> events = SessionScenario.all(x);
    publish(events);
    ReportingState folded = ProjectionFold.fold(events);
    ReadModels.programs(folded).forEach(this::awaitProgramme);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                attendanceQueries
                    .attendance(program(x))
                    .equals(ReadModels.attendance(folded, program(x))));

    // Attendance: 5 entries at active sessions, 4 PRESENT or LATE; s3 cancelled, 340 planned min.
    String attendance = ok("/api/programs/" + program(x) + "/attendance");
    assertThat((Double) JsonPath.read(attendance, "$.attendanceRate")).isEqualTo(0.8);
    assertThat((Integer) JsonPath.read(attendance, "$.recorded")).isEqualTo(5);
    assertThat((Integer) JsonPath.read(attendance, "$.attended")).isEqualTo(4);
    assertThat((Integer) JsonPath.read(attendance, "$.plannedMinutes")).isEqualTo(340);
    assertThat((List<String>) JsonPath.read(attendance, "$.sessions[*].status"))
        .containsExactly("SCHEDULED", "RESCHEDULED", "CANCELLED");
    assertThat((List<Double>) JsonPath.read(attendance, "$.sessions[*].attendanceRate"))
        .containsExactly(0.6667, 1.0, 1.0);
    assertThat((List<String>) JsonPath.read(attendance, "$.sessions[*].startTime"))
        .containsExactly("09:00:00", "13:00:00", "09:00:00");
    List<Double> rates =
        JsonPath.read(
            ok("/api/attendance"),
            "$.programs[?(@.programId == '" + program(x) + "')].attendanceRate");
    assertThat(rates).containsExactly(0.8);
    HttpResponse<String> missing = Http.get(port, "/api/programs/no-such-programme/attendance");
    assertThat(missing.statusCode()).isEqualTo(404);

    // Completions by basis and certificates: e1 by rule, e2 overridden, e3 by hand; c2 revoked.
    String programme = ok("/api/programs/" + program(x));
    assertThat((Integer) JsonPath.read(programme, "$.figures.completed")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(programme, "$.figures.completionsByRule")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.completionsOverridden")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.completionsManual")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.certificatesIssued")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(programme, "$.figures.certificatesRevoked")).isEqualTo(1);
    String transcript =
        ok("/api/participants/" + SessionScenario.participant(x, 1) + "/transcript");
    assertThat((List<String>) JsonPath.read(transcript, "$.entries[*].certificateId"))
        .containsExactly(x + "-c1");

    // Verify compares the stored sessions, entries, outcomes and certificates with the log's fold.
    assertThat(differences(verify())).isEmpty();
    ReportingState live = store.loadAll();
    assertThat(live.programs().get(program(x))).isEqualTo(folded.programs().get(program(x)));
    folded.enrollments().forEach((id, e) -> assertThat(live.enrollments().get(id)).isEqualTo(e));

    jdbc.update("UPDATE program SET sessions = '{}' WHERE program_id = ?", program(x));
    List<Map<String, Object>> tampered = differences(verify());
    assertThat(tampered)
        .extracting(d -> d.get("id") + " " + d.get("field"))
        .containsExactly(program(x) + " sessions");

    awaitDone(startRebuild());
    ReadModels.programs(folded).forEach(this::awaitProgramme);
    assertThat(differences(verify())).isEmpty();
    ReportingState rebuilt = store.loadAll();
    assertThat(rebuilt.programs().get(program(x))).isEqualTo(folded.programs().get(program(x)));
    assertThat(attendanceQueries.attendance(program(x)))
        .isEqualTo(ReadModels.attendance(folded, program(x)));
  }

  @Test
  void asOfReportHasTheAttendanceOfThatInstant() {
    String x = newPrefix();
    List<SpecificRecord> events = SessionScenario.all(x);
    publish(events);
    ReadModels.programs(ProjectionFold.fold(events)).forEach(this::awaitProgramme);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id = ?",
                        Long.class,
                        program(x))
                    == events.size());
    // Up to e2's correction: every programme event (s3 already cancelled: 2 active sessions), the
    // 3 confirmations and the entries at s1 only: 3 recorded, 2 attended (e2 EXCUSED). The live
    // read model has the whole story (0.8).
    Instant at = Events.metadataOf(events.get(13)).getOccurredAt();

    String body = ok("/api/reports/as-of?at=" + at);
    String line = "$.attendance.programs[?(@.programId == '" + program(x) + "')].";
    assertThat((List<Integer>) JsonPath.read(body, line + "activeSessions")).containsExactly(2);
    assertThat((List<Integer>) JsonPath.read(body, line + "recorded")).containsExactly(3);
    assertThat((List<Integer>) JsonPath.read(body, line + "attended")).containsExactly(2);
    assertThat((List<Double>) JsonPath.read(body, line + "attendanceRate")).containsExactly(0.6667);
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  private String verify() {
    HttpResponse<String> response = post("/api/admin/verify");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  /** Only this test's rows: other tests share the database. */
  private static List<Map<String, Object>> differences(String verifyReport) {
    return JsonPath.read(verifyReport, "$.differences");
  }

  private String startRebuild() {
    HttpResponse<String> response = post("/api/admin/rebuilds");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return JsonPath.read(response.body(), "$.id");
  }

  private void awaitDone(String id) {
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              String status = Http.get(port, "/api/admin/rebuilds/" + id).body();
              String phase = JsonPath.read(status, "$.phase");
              assertThat(phase).as(status).isNotEqualTo("FAILED");
              return phase.equals("DONE");
            });
  }

  private HttpResponse<String> post(String path) {
    try {
      return Http.client()
          .send(
              Http.request(port, path)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .timeout(Duration.ofSeconds(60))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
