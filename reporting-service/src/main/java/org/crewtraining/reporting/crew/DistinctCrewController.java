package org.crewtraining.reporting.crew;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.DistinctCrew;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Distinct crew over a period and filters. Unknown enum symbols and non-numeric years are 400
 * problem+json naming the parameter (service-support); so is a period that ends before it starts.
 */
@RestController
@RequestMapping("/api/crew")
@Tag(name = "Reporting")
public class DistinctCrewController {

  private final DistinctCrewQueries queries;

  public DistinctCrewController(DistinctCrewQueries queries) {
    this.queries = queries;
  }

  @Operation(
      summary = "Distinct participants and completers over cohort years and filters",
      description =
          "participants: distinct participants with a matching enrollment that ever held a seat"
              + " (confirmed or promoted, withdrawn afterwards included; waitlist-only not);"
              + " completers: distinct participants with a matching enrollment whose outcome is"
              + " COMPLETED. Someone returning in several years counts once. Years are the"
              + " programmes' cohort years, inclusive; every filter is optional.")
  @GetMapping("/distinct")
  public DistinctCrew distinct(
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(required = false) ParticipantType participantType) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    return queries.count(
        new CrewFilter(fromYear, toYear, partner, name(format), name(track), name(participantType)),
        PartnerScope.current());
  }

  private static String name(Enum<?> symbol) {
    return symbol == null ? null : symbol.name();
  }
}
