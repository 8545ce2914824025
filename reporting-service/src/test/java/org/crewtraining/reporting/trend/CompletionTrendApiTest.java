package org.crewtraining.reporting.trend;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.reporting.dashboard.DashboardScenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/trends/completions over {@link DashboardScenario} through Kafka and PostgreSQL: equal to
 * {@link CompletionTrend#of} over the fold's programmes of the same events, for several filters and
 * both granularities. Every filter names this run's partner, so other tests' programmes do not
 * count.
 */
class CompletionTrendApiTest extends IntegrationTestBase {

  private String x;
  private List<ProgramSummary> folded;

  @BeforeEach
  void applyScenario() {
    x = newPrefix();
    publish(DashboardScenario.events(x));
    folded = DashboardScenario.folded(x);
    folded.forEach(this::awaitProgramme);
  }

  @Test
  void completionsByEndMonthFromTheFirstToTheLastWithEmptyMonthsZero() {
    String body = ok("/api/trends/completions?granularity=MONTH&partner=" + enc(agency()));
    List<String> periods = JsonPath.read(body, "$.points[*].period");
    List<Integer> counts = JsonPath.read(body, "$.points[*].completions");
    assertThat(periods).startsWith("2022-03", "2022-04").endsWith("2024-07", "2024-08").hasSize(30);
    // A (r) in March 2022, B (r) in March 2023, C (u; r did not complete) June 2024, D (v) Aug 2024
    assertThat(counts.get(periods.indexOf("2022-03"))).isEqualTo(1);
    assertThat(counts.get(periods.indexOf("2023-03"))).isEqualTo(1);
    assertThat(counts.get(periods.indexOf("2024-06"))).isEqualTo(1);
    assertThat(counts.get(periods.indexOf("2024-08"))).isEqualTo(1);
    assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
    assertThat((Integer) JsonPath.read(body, "$.completions")).isEqualTo(4);
    assertThat((String) JsonPath.read(body, "$.granularity")).isEqualTo("MONTH");
  }

  @Test
  void theApiCountsWhatTheFoldsProgrammesCount() {
    List<DashboardFilter> filters =
        List.of(
            new DashboardFilter(null, null, agency(), null, null),
            new DashboardFilter(2023, 2024, agency(), null, null),
            new DashboardFilter(null, 2022, CrewScenario.other(x), null, null),
            new DashboardFilter(null, null, agency(), "SHORT_COURSE", null),
            new DashboardFilter(null, null, agency(), null, "SOUND"),
            new DashboardFilter(2025, null, agency(), "WORKSHOP", null));
    for (DashboardFilter filter : filters) {
      for (Granularity granularity : Granularity.values()) {
        CompletionTrend expected = CompletionTrend.of(filter, granularity, byEndDate(filter));
        String body = ok(query(filter) + "&granularity=" + granularity);
        List<String> periods = JsonPath.read(body, "$.points[*].period");
        List<Integer> counts = JsonPath.read(body, "$.points[*].completions");
        assertThat(periods)
            .as(filter + " " + granularity)
            .containsExactlyElementsOf(
                expected.points().stream().map(CompletionTrend.Point::period).toList());
        assertThat(counts.stream().map(Integer::longValue).toList())
            .as(filter + " " + granularity)
            .containsExactlyElementsOf(
                expected.points().stream().map(CompletionTrend.Point::completions).toList());
      }
    }
    // Years: 2022 2023 2024 (C and D), nothing in the empty filter
    assertThat(
            CompletionTrend.of(
                    new DashboardFilter(null, null, agency(), null, null),
                    Granularity.YEAR,
                    byEndDate(new DashboardFilter(null, null, agency(), null, null)))
                .points())
        .extracting(CompletionTrend.Point::completions)
        .containsExactly(1L, 1L, 2L);
  }

  @ParameterizedTest
  @CsvSource({
    "fromYear=twenty, fromYear",
    "fromYear=2024&toYear=2022, toYear",
    "format=LECTURE, format",
    "track=vfx, track",
    "granularity=WEEK, granularity"
  })
  void badParametersAre400NamingTheParameter(String query, String parameter) {
    HttpResponse<String> response = Http.get(port, "/api/trends/completions?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  /** The fold's programmes the filter selects, their completions by end date. */
  private Map<LocalDate, Long> byEndDate(DashboardFilter filter) {
    return folded.stream()
        .filter(filter::matches)
        .filter(p -> p.endDate() != null)
        .collect(
            Collectors.groupingBy(
                ProgramSummary::endDate, Collectors.summingLong(p -> p.figures().completed())));
  }

  private String agency() {
    return CrewScenario.agency(x);
  }

  private static String query(DashboardFilter f) {
    StringBuilder q = new StringBuilder("/api/trends/completions?partner=" + enc(f.partner()));
    append(q, "fromYear", f.fromYear());
    append(q, "toYear", f.toYear());
    append(q, "format", f.format());
    append(q, "track", f.track());
    return q.toString();
  }

  private static void append(StringBuilder q, String name, Object value) {
    if (value != null) {
      q.append('&').append(name).append('=').append(enc(value.toString()));
    }
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
