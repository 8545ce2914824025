package org.crewtraining.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.Figures;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard's filtered panels (GET /api/dashboard/figures) and the programme list's search,
 * sort and paging (GET /api/programs) over {@link DashboardScenario} through Kafka and PostgreSQL;
 * figures equal the fold's programmes of the same events that the filter selects.
 */
class DashboardFiguresApiTest extends IntegrationTestBase {

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
  void panelsSumTheFiguresOfTheProgrammesTheFilterSelects() {
    List<DashboardFilter> filters =
        List.of(
            new DashboardFilter(null, null, agency(), null, null),
            new DashboardFilter(2023, 2024, agency(), null, null),
            new DashboardFilter(null, null, agency(), "SHORT_COURSE", "VFX"),
            new DashboardFilter(null, null, CrewScenario.other(x), null, null),
            new DashboardFilter(2030, null, agency(), null, null));
    for (DashboardFilter filter : filters) {
      List<ProgramSummary> selected = folded.stream().filter(filter::matches).toList();
      String body = ok(query("/api/dashboard/figures", filter));
      assertThat(number(body, "$.programmes")).as(filter.toString()).isEqualTo(selected.size());
      for (String figure : List.of("enrolled", "completed", "notCompleted", "withdrawn")) {
        assertThat(number(body, "$.figures." + figure))
            .as(filter + " " + figure)
            .isEqualTo(sum(selected, figureOf(figure)));
      }
    }
  }

  @Test
  void completionRateByTrackPartnerAndYearOfTheFilteredProgrammes() {
    String body =
        ok(query("/api/dashboard/figures", new DashboardFilter(null, null, agency(), null, null)));
    // VFX: A (r completed, s withdrew), B (r completed), D (v completed) = 3 of 4; SOUND: C 1 of 2
    assertThat((List<String>) JsonPath.read(body, "$.byTrack[*].key"))
        .containsExactly("SOUND", "VFX");
    assertThat((List<Integer>) JsonPath.read(body, "$.byTrack[*].enrolled")).containsExactly(2, 4);
    assertThat((List<Double>) JsonPath.read(body, "$.byTrack[*].completionRate"))
        .containsExactly(0.5, 0.75);
    // A is run with the other partner too: it counts in both groups
    assertThat((List<String>) JsonPath.read(body, "$.byPartner[*].key"))
        .containsExactly(agency(), CrewScenario.other(x));
    assertThat((List<Integer>) JsonPath.read(body, "$.byPartner[*].programmes"))
        .containsExactly(4, 1);
    assertThat((List<String>) JsonPath.read(body, "$.byCohortYear[*].key"))
        .containsExactly("2022", "2023", "2024", "2025");
    assertThat(number(body, "$.attendance.recorded")).isZero();
    assertThat((List<Object>) JsonPath.read(body, "$.selection.programs")).isEmpty();
  }

  @Test
  void programmeListSearchesSortsAndPages() {
    String base = "/api/programs?partner=" + enc(agency());
    assertThat(titles(ok(base + "&sort=TITLE")))
        .containsExactly(
            "Camera crew basics",
            "Colour grading intensive",
            "Compositing short course",
            "Foley workshop");
    assertThat(titles(ok(base + "&sort=TITLE&direction=desc")))
        .containsExactly(
            "Foley workshop",
            "Compositing short course",
            "Colour grading intensive",
            "Camera crew basics");
    assertThat(titles(ok(base + "&sort=TITLE&q=CO")))
        .containsExactly("Colour grading intensive", "Compositing short course");
    assertThat(titles(ok(base + "&q=" + enc(x + "-C")))).containsExactly("Foley workshop");
    String second = ok(base + "&sort=TITLE&size=3&page=1");
    assertThat(titles(second)).containsExactly("Foley workshop");
    assertThat(number(second, "$.totalItems")).isEqualTo(4);
    assertThat(number(second, "$.totalPages")).isEqualTo(2);
    assertThat(titles(ok(base + "&fromYear=2023&toYear=2024&sort=COHORT_YEAR")))
        .containsExactly("Colour grading intensive", "Foley workshop");
    // A and C have 2 enrolled, B 1 (t was waitlisted only), D 1; ties by id, descending too
    List<ProgramSummary> byEnrolled =
        folded.stream()
            .sorted(
                java.util.Comparator.comparingLong((ProgramSummary p) -> p.figures().enrolled())
                    .reversed()
                    .thenComparing(ProgramSummary::programId, java.util.Comparator.reverseOrder()))
            .toList();
    assertThat(titles(ok(base + "&sort=ENROLLED&direction=desc")))
        .containsExactlyElementsOf(byEnrolled.stream().map(ProgramSummary::title).toList());
  }

  @ParameterizedTest
  @CsvSource({
    "/api/dashboard/figures?fromYear=twenty, fromYear",
    "/api/dashboard/figures?fromYear=2024&toYear=2022, toYear",
    "/api/dashboard/figures?format=LECTURE, format",
    "/api/dashboard/figures?track=vfx, track",
    "/api/programs?sort=RANDOM, sort",
    "/api/programs?direction=up, direction",
    "/api/programs?fromYear=2024&toYear=2022, toYear",
    "/api/programs?toYear=last, toYear"
  })
  void badParametersAre400NamingTheParameter(String path, String parameter) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  @Test
  void aSearchTextLongerThanTwoHundredCharactersIs400() {
    HttpResponse<String> response = Http.get(port, "/api/programs?q=" + "a".repeat(201));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat((List<String>) JsonPath.read(response.body(), "$.errors[*].field"))
        .containsExactly("q");
  }

  private static List<String> titles(String body) {
    return JsonPath.read(body, "$.items[*].title");
  }

  private static ToLongFunction<ProgramSummary> figureOf(String name) {
    return p -> {
      Figures f = p.figures();
      return switch (name) {
        case "enrolled" -> f.enrolled();
        case "completed" -> f.completed();
        case "notCompleted" -> f.notCompleted();
        default -> f.withdrawn();
      };
    };
  }

  private static long sum(List<ProgramSummary> programs, ToLongFunction<ProgramSummary> figure) {
    return programs.stream().mapToLong(figure).sum();
  }

  private static long number(String body, String path) {
    return ((Number) JsonPath.read(body, path)).longValue();
  }

  private String agency() {
    return CrewScenario.agency(x);
  }

  static String query(String path, DashboardFilter f) {
    StringBuilder q = new StringBuilder(path + "?partner=" + enc(f.partner()));
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
