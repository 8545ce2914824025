package org.crewtraining.reporting.trend;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Completions over time. Bad parameters are 400 problem+json naming the parameter. */
@RestController
@Tag(name = "Reporting")
public class CompletionTrendController {

  private final CompletionTrendQueries queries;

  public CompletionTrendController(CompletionTrendQueries queries) {
    this.queries = queries;
  }

  @Operation(
      summary = "Completions by the end month or year of their programme",
      description =
          "Enrollments with outcome COMPLETED, counted in the month (or year) their programme ends,"
              + " over the programmes of cohort years fromYear..toYear, partner, format and track"
              + " (all optional); every bucket from the first to the last with a completion, empty"
              + " ones 0. Programmes without an end date count nowhere.")
  @GetMapping("/api/trends/completions")
  public CompletionTrend completions(
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(defaultValue = "MONTH") Granularity granularity) {
    return queries.trend(
        DashboardFilter.of(fromYear, toYear, partner, format, track),
        granularity,
        PartnerScope.current());
  }
}
