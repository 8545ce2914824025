package org.crewtraining.reporting.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's panels for one filter. Unknown symbols and non-numeric years are 400 problem+json
 * naming the parameter (service-support); so is {@code toYear} before {@code fromYear}.
 */
@RestController
@Tag(name = "Reporting")
public class DashboardFiguresController {

  private final DashboardQueries queries;

  public DashboardFiguresController(DashboardQueries queries) {
    this.queries = queries;
  }

  @Operation(
      summary = "Every dashboard panel over the programmes of a filter",
      description =
          "Headline figures (sums of the selected programmes' figures), completion rate by track,"
              + " partner and cohort year, attendance and applications/selection over the"
              + " programmes of cohort years fromYear..toYear (inclusive), partner, format and"
              + " track; every filter optional.")
  @GetMapping("/api/dashboard/figures")
  public DashboardFigures figures(
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track) {
    return queries.figures(
        DashboardFilter.of(fromYear, toYear, partner, format, track), PartnerScope.current());
  }
}
