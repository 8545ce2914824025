package org.crewtraining.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.readmodels.SelectionScenario.application;
import static org.crewtraining.readmodels.SelectionScenario.firstCome;
import static org.crewtraining.readmodels.SelectionScenario.program;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.readmodels.SelectionScenario;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications, a selection, offers declined, lapsed and accepted ({@link SelectionScenario})
 * produced to the topics show up in the API with the hand-computed figures of the fold's tests;
 * verify compares the stored applications and admissions (0 differences, then names a tampered
 * application), a rebuild gives the live state back, and the as-of report has the selection of its
 * instant.
 */
class SelectionReportingTest extends IntegrationTestBase {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectionStore store;
  @Autowired SelectionQueries selectionQueries;

  @Test
  void applicationsSelectionAndOffersInTheApiVerifyAndRebuild() {
    String x = newPrefix();
    List<SpecificRecord> events = SelectionScenario.all(x);
    publish(events);
    ReportingState folded = ProjectionFold.fold(events);
    awaitSelection(x, folded);

    // Six applications, four offers (two by selection, two from the reserve): a1 accepted after
    // 10 h, a6 after 30 h, a2 declined, a3 lapsed.
    String programme = ok("/api/programs/" + program(x) + "/selection");
    assertThat((String) JsonPath.read(programme, "$.admissionMode")).isEqualTo("APPLICATION");
    assertThat((Integer) JsonPath.read(programme, "$.offerValidityHours")).isEqualTo(72);
    assertThat((Integer) JsonPath.read(programme, "$.figures.submitted")).isEqualTo(6);
    assertThat((Integer) JsonPath.read(programme, "$.figures.withdrawn")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.shortlisted")).isEqualTo(4);
    assertThat((Integer) JsonPath.read(programme, "$.figures.rejected")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.offersBySelection")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(programme, "$.figures.offersFromReserve")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(programme, "$.figures.offersAccepted")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(programme, "$.figures.offersDeclined")).isEqualTo(1);
    assertThat((Integer) JsonPath.read(programme, "$.figures.offersExpired")).isEqualTo(1);
    assertThat((Double) JsonPath.read(programme, "$.figures.selectionRate")).isEqualTo(0.6667);
    assertThat((Double) JsonPath.read(programme, "$.figures.offerAcceptanceRate")).isEqualTo(0.5);
    assertThat((Double) JsonPath.read(programme, "$.figures.medianHoursToAccept")).isEqualTo(20.0);
    assertThat((Double) JsonPath.read(programme, "$.figures.maxHoursToAccept")).isEqualTo(30.0);
    assertThat((List<Integer>) JsonPath.read(programme, "$.quotas[*].confirmed"))
        .containsExactly(1, 0, 1);
    assertThat((List<Boolean>) JsonPath.read(programme, "$.quotas[*].minimumMet"))
        .containsExactly(true, true, false);
    assertThat((List<String>) JsonPath.read(programme, "$.quotas[*].participantType"))
        .containsExactly("UNIVERSITY_STUDENT", null, null);

    String overview = ok("/api/selection");
    String line = "$.programs[?(@.programId == '" + program(x) + "')].";
    assertThat((List<Integer>) JsonPath.read(overview, line + "figures.submitted"))
        .containsExactly(6);
    assertThat((List<?>) JsonPath.read(overview, line.replace(program(x), firstCome(x)) + "title"))
        .isEmpty();
    assertThat((Integer) JsonPath.read(overview, "$.overall.submitted")).isGreaterThanOrEqualTo(6);
    String firstComeLine = ok("/api/programs/" + firstCome(x) + "/selection");
    assertThat((String) JsonPath.read(firstComeLine, "$.admissionMode")).isEqualTo("FIRST_COME");
    assertThat(Http.get(port, "/api/programs/no-such-programme/selection").statusCode())
        .isEqualTo(404);

    // Verify compares the stored applications and admissions with the log's fold.
    assertThat(differences(verify())).isEmpty();
    ReportingState live = store.loadAll();
    assertThat(live.programs().get(program(x))).isEqualTo(folded.programs().get(program(x)));
    folded.applications().forEach((id, a) -> assertThat(live.applications().get(id)).isEqualTo(a));

    jdbc.update(
        "UPDATE application SET offer_release = 'DECLINED' WHERE application_id = ?",
        application(x, 3));
    List<Map<String, Object>> tampered = differences(verify());
    assertThat(tampered)
        .extracting(d -> d.get("model") + " " + d.get("id") + " " + d.get("field"))
        .containsExactly("application " + application(x, 3) + " release");

    awaitDone(startRebuild());
    awaitSelection(x, folded);
    assertThat(differences(verify())).isEmpty();
    ReportingState rebuilt = store.loadAll();
    folded
        .applications()
        .forEach((id, a) -> assertThat(rebuilt.applications().get(id)).isEqualTo(a));
  }

  @Test
  void asOfReportHasTheSelectionOfThatInstant() {
    String x = newPrefix();
    List<SpecificRecord> events = SelectionScenario.all(x);
    publish(events);
    awaitSelection(x, ProjectionFold.fold(events));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id IN (?, ?)",
                        Long.class,
                        program(x),
                        firstCome(x))
                    == events.size());
    // Ten hours after the offers: a1 accepted, a2 declined, a3 offered from the reserve.
    Instant at = SelectionScenario.T.plus(Duration.ofHours(10));

    String body = ok("/api/reports/as-of?at=" + at);
    String line = "$.selection.programs[?(@.programId == '" + program(x) + "')].figures.";
    assertThat((List<Integer>) JsonPath.read(body, line + "offersAccepted")).containsExactly(1);
    assertThat((List<Integer>) JsonPath.read(body, line + "offersOutstanding")).containsExactly(1);
    assertThat((List<Double>) JsonPath.read(body, line + "offerAcceptanceRate"))
        .containsExactly(0.5);
    assertThat((List<Double>) JsonPath.read(body, line + "medianHoursToAccept"))
        .containsExactly(10.0);
  }

  private void awaitSelection(String x, ReportingState folded) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                selectionQueries
                    .selection(program(x))
                    .equals(ReadModels.selection(folded, program(x))));
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
