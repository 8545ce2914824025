package org.crewtraining.reporting.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.PeriodScenario;
import org.crewtraining.readmodels.Replay;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GET /api/reports/as-of with a business period and a knowledge time, over {@link PeriodScenario}
 * through Kafka, the audit trail and PostgreSQL. The scenario's cohorts are moved to 2090 and 2091
 * (its instants stay in 2023–2025), so the period selects this test's programmes only in the shared
 * database; the figures are the scenario's hand-computed ones.
 */
class AsOfPeriodApiTest extends IntegrationTestBase {

  private static final int SHIFT = 2091 - 2024; // 2023 cohort → 2090, 2024 → 2091
  private static final String X = newPrefix();
  private static boolean published;

  @Autowired private JdbcTemplate jdbc;
  @Autowired private JsonMapper json;

  @BeforeEach
  void publishOnce() {
    if (published) {
      return;
    }
    List<SpecificRecord> events = PeriodScenario.events(X, SHIFT);
    publish(events);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE program_id LIKE ?",
                        Long.class,
                        X + "-%")
                    == events.size());
    published = true;
  }

  @Test
  void the2024CohortAsKnownAtYearEndAndAsKnownNow() {
    String yearEnd = ok("/api/reports/as-of?fromYear=2091&toYear=2091&at=2024-12-31T23:59:59Z");
    // rB and tC completed by then; rC's completion was recorded in January, w enrolled then.
    assertThat(programmes(yearEnd)).containsExactly(X + "-B", X + "-C", X + "-D");
    assertThat(figure(yearEnd, "$.overall.enrolled")).isEqualTo(5);
    assertThat(figure(yearEnd, "$.overall.completed")).isEqualTo(2);
    assertThat(figure(yearEnd, "$.crew.participants")).isEqualTo(4);
    assertThat((String) JsonPath.read(yearEnd, "$.asOf")).isEqualTo("2024-12-31T23:59:59Z");
    assertThat((Integer) JsonPath.read(yearEnd, "$.period.fromYear")).isEqualTo(2091);
    assertThat((Object) JsonPath.read(yearEnd, "$.period.from")).isNull();

    Instant before = Instant.now();
    String now = ok("/api/reports/as-of?fromYear=2091&toYear=2091");
    assertThat(programmes(now)).containsExactly(X + "-B", X + "-C", X + "-D");
    assertThat(figure(now, "$.overall.enrolled")).isEqualTo(6);
    assertThat(figure(now, "$.overall.completed")).isEqualTo(4);
    assertThat(figure(now, "$.crew.participants")).isEqualTo(5);
    assertThat(figure(now, "$.crew.completers")).isEqualTo(3);
    // No at: the knowledge time is the moment of the request.
    assertThat(Instant.parse(JsonPath.read(now, "$.asOf")))
        .isBetween(before.minusMillis(1), Instant.now());
  }

  @Test
  void twoCohortsAsKnownMid2024AndADateRangeOnEndDates() {
    String mid = ok("/api/reports/as-of?fromYear=2090&toYear=2091&at=2024-06-30T23:59:59Z");
    // C and D were not created yet; r's completion of B was recorded in July.
    assertThat(programmes(mid)).containsExactly(X + "-A", X + "-B");
    assertThat(figure(mid, "$.overall.enrolled")).isEqualTo(4);
    assertThat(figure(mid, "$.overall.completed")).isEqualTo(1);
    assertThat(figure(mid, "$.crew.participants")).isEqualTo(3);

    String ending = ok("/api/reports/as-of?from=2091-01-01&to=2091-12-31");
    // B and C end in 2091; D, a 2091 cohort, ends in 2092.
    assertThat(programmes(ending)).containsExactly(X + "-B", X + "-C");
    assertThat(figure(ending, "$.overall.completed")).isEqualTo(3);
    assertThat((String) JsonPath.read(ending, "$.period.to")).isEqualTo("2091-12-31");
  }

  @ParameterizedTest
  @CsvSource({
    "fromYear=2091&toYear=2091&at=2024-12-31T23:59:59Z, 2091, 2091, , , 2024-12-31T23:59:59Z",
    "fromYear=2090&toYear=2091&at=2024-06-30T23:59:59Z, 2090, 2091, , , 2024-06-30T23:59:59Z",
    "from=2091-01-01&to=2091-12-31&at=2025-12-31T00:00:00Z, , , 2091-01-01, 2091-12-31,"
        + " 2025-12-31T00:00:00Z",
    "fromYear=2091&toYear=2091&from=2092-01-01&at=2025-01-05T00:00:00Z, 2091, 2091, 2092-01-01,"
        + " ,"
        + " 2025-01-05T00:00:00Z"
  })
  void theWholeReportIsTheFoldOfTheScenarioOverThePeriod(
      String query, Integer fromYear, Integer toYear, LocalDate from, LocalDate to, Instant at) {
    Replay replay = Replay.asOf(at);
    PeriodScenario.events(X, SHIFT).forEach(replay::accept);
    String expected =
        json.writeValueAsString(
            replay.report(new ReportPeriod(fromYear, toYear, from, to), CrewFilter.ANY));

    // The trail holds other tests' events too: they are known, but outside the period.
    assertThat(withoutEventCount(ok("/api/reports/as-of?" + query)))
        .isEqualTo(withoutEventCount(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "fromYear=2091&toYear=2090, toYear",
    "from=2091-12-31&to=2091-01-01, to",
    "fromYear=twenty, fromYear",
    "toYear=99999999999, toYear",
    "from=2091-13-01, from",
    "to=2091-12-31%2B09:00, to",
    "from=2091-01-01T00:00:00Z, from",
    "to=2101-01-01, to",
    "to=2091-02-30, to",
    "at=2024-12-31, at",
    "at=2024-12-31T23:59:59, at",
    "at=soon&fromYear=2091, at"
  })
  void badParametersAre400NamingTheParameter(String query, String parameter) {
    HttpResponse<String> response = Http.get(port, "/api/reports/as-of?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  @Test
  void onlyAuditorsMayAskWithAPeriodToo() {
    String path = "/api/reports/as-of?fromYear=2091&toYear=2091";
    assertThat(Http.get(port, path, TestUser.VIEWER).statusCode()).isEqualTo(403);
    assertThat(Http.get(port, path, TestUser.AUDITOR).statusCode()).isEqualTo(200);
  }

  private JsonNode withoutEventCount(String body) {
    ObjectNode tree = (ObjectNode) json.readTree(body);
    tree.remove("events");
    return tree;
  }

  private static List<String> programmes(String body) {
    return JsonPath.read(body, "$.programs[*].programId");
  }

  private static long figure(String body, String path) {
    return ((Number) JsonPath.read(body, path)).longValue();
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
