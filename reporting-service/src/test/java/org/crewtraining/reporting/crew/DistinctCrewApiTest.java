package org.crewtraining.reporting.crew;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.CrewScenario;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.readmodels.ReportingState;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GET /api/crew/distinct over {@link CrewScenario} through Kafka and PostgreSQL: the SQL count
 * equals the fold's {@link DistinctCrew} on the same events. Every filter names this run's partner,
 * so other tests' programmes in the shared database do not count.
 */
class DistinctCrewApiTest extends IntegrationTestBase {

  private String x;
  private ReportingState folded;

  @BeforeEach
  void applyScenario() {
    x = newPrefix();
    publish(CrewScenario.events(x));
    folded = ProjectionFold.fold(CrewScenario.events(x));
    ReadModels.programs(folded).forEach(this::awaitProgramme);
  }

  @Test
  void crewTwentyTwentyTwoToTwentyTwentyFourCountsTheReturningParticipantOnce() {
    String body =
        ok("/api/crew/distinct?fromYear=2022&toYear=2024&partner=" + enc(CrewScenario.agency(x)));
    assertThat((Integer) JsonPath.read(body, "$.participants")).isEqualTo(3);
    assertThat((Integer) JsonPath.read(body, "$.completers")).isEqualTo(2);
    assertThat((Integer) JsonPath.read(body, "$.filter.fromYear")).isEqualTo(2022);
    assertThat((String) JsonPath.read(body, "$.filter.partner")).isEqualTo(CrewScenario.agency(x));
    assertThat((Object) JsonPath.read(body, "$.filter.format")).isNull(); // present, any format
  }

  @Test
  void theStoredReadModelsCountWhatTheFoldCounts() {
    String agency = CrewScenario.agency(x);
    List<CrewFilter> filters =
        List.of(
            new CrewFilter(null, null, agency, null, null, null),
            new CrewFilter(2022, 2024, agency, null, null, null),
            new CrewFilter(2024, null, agency, null, null, null),
            new CrewFilter(null, 2022, CrewScenario.other(x), null, null, null),
            new CrewFilter(null, null, agency, "SHORT_COURSE", null, null),
            new CrewFilter(null, null, agency, null, "SOUND", null),
            new CrewFilter(2022, 2024, agency, null, null, "UNIVERSITY_STUDENT"),
            new CrewFilter(2022, 2024, agency, "WORKSHOP", "SOUND", "INDUSTRY_WORKER"));
    for (CrewFilter filter : filters) {
      DistinctCrew expected = DistinctCrew.of(folded, filter);
      String body = ok(query(filter));
      assertThat(new long[] {count(body, "participants"), count(body, "completers")})
          .as(filter.toString())
          .containsExactly(expected.participants(), expected.completers());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "fromYear=twenty, fromYear",
    "toYear=99999999999, toYear",
    "fromYear=2024&toYear=2022, toYear",
    "format=LECTURE, format",
    "track=vfx, track",
    "participantType=STUDENT, participantType"
  })
  void badParametersAre400NamingTheParameter(String query, String parameter) {
    HttpResponse<String> response = Http.get(port, "/api/crew/distinct?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    List<String> fields = JsonPath.read(response.body(), "$.errors[*].field");
    assertThat(fields).containsExactly(parameter);
  }

  private static String query(CrewFilter f) {
    StringBuilder q = new StringBuilder("/api/crew/distinct?partner=" + enc(f.partner()));
    append(q, "fromYear", f.fromYear());
    append(q, "toYear", f.toYear());
    append(q, "format", f.format());
    append(q, "track", f.track());
    append(q, "participantType", f.participantType());
    return q.toString();
  }

  private static void append(StringBuilder q, String name, Object value) {
    if (value != null) {
      q.append('&').append(name).append('=').append(enc(value.toString()));
    }
  }

  private static long count(String body, String field) {
    return ((Number) JsonPath.read(body, "$." + field)).longValue();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
