package org.crewtraining.reporting.crew;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import org.crewtraining.readmodels.PeriodScenario;
import org.crewtraining.readmodels.ProjectionFold;
import org.crewtraining.readmodels.ReadModels;
import org.crewtraining.reporting.Http;
import org.crewtraining.reporting.IntegrationTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's seed-figure requests answer what the README says they answer, on {@link
 * PeriodScenario} (cohorts moved to 2093 and 2094, so these years hold only this test's programmes
 * in the shared database; 2092 stands for the README's empty first year):
 *
 * <ul>
 *   <li>{@code GET /api/rollups/FORMAT?cohortYear=2024}: the SHORT_COURSE row's {@code programmes}
 *       is the number of that year's short courses, its {@code crew} the distinct people who held a
 *       seat in them ("8 short courses with ~1,100 crew in 2024");
 *   <li>{@code GET /api/crew/distinct?fromYear=2022&toYear=2024}: {@code participants} counts a
 *       person returning across years once, unlike the sum of the per-year rollups ("2,400+ crew
 *       2022–2024").
 * </ul>
 */
class SeedFigureRequestsTest extends IntegrationTestBase {

  private static final int SHIFT = 2094 - 2024; // 2023 cohort → 2093, 2024 → 2094
  private static final String X = newPrefix();
  private static boolean published;

  @BeforeEach
  void publishOnce() {
    if (published) {
      return;
    }
    publish(PeriodScenario.events(X, SHIFT));
    ReadModels.programs(ProjectionFold.fold(PeriodScenario.events(X, SHIFT)))
        .forEach(this::awaitProgramme);
    published = true;
  }

  @Test
  void theFormatRollupOfAYearGivesItsShortCoursesAndTheirDistinctCrew() {
    String body = ok("/api/rollups/FORMAT?cohortYear=2094");

    // B and C are short courses: r (in both), s, t — four enrollments, three people.
    assertThat(row(body, "SHORT_COURSE", "programmes")).isEqualTo(2);
    assertThat(row(body, "SHORT_COURSE", "crew")).isEqualTo(3);
    assertThat(row(body, "SHORT_COURSE", "enrolled")).isEqualTo(4);
    assertThat(row(body, "WORKSHOP", "programmes")).isEqualTo(1); // D, on its own row
    List<String> keys = JsonPath.read(body, "$.items[*].key");
    assertThat(keys).containsExactly("SHORT_COURSE", "WORKSHOP"); // nothing of 2093
  }

  @Test
  void distinctCrewOverThreeYearsCountsAReturningPersonOnce() {
    String body = ok("/api/crew/distinct?fromYear=2092&toYear=2094");

    // r, v (2093) and r, s, t, u, w (2094): six people, r counted once; r, t, u completed.
    assertThat(((Number) JsonPath.read(body, "$.participants")).longValue()).isEqualTo(6);
    assertThat(((Number) JsonPath.read(body, "$.completers")).longValue()).isEqualTo(3);
    String perYear = ok("/api/rollups/COHORT_YEAR");
    long summed = row(perYear, "2093", "crew") + row(perYear, "2094", "crew");
    assertThat(summed).isEqualTo(7); // what adding the years' crews would claim
  }

  private static long row(String body, String key, String field) {
    List<Number> values = JsonPath.read(body, "$.items[?(@.key == '" + key + "')]." + field);
    assertThat(values).as(key + " " + field).hasSize(1);
    return values.get(0).longValue();
  }

  private String ok(String path) {
    HttpResponse<String> response = Http.get(port, path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
