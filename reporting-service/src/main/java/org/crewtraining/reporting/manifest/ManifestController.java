package org.crewtraining.reporting.manifest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.reporting.query.ProgramFilter;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports with their manifests, {@code {"report": …, "manifest": …}}: the report as its own
 * endpoint answers it, and what an auditor needs to derive it again from the broker alone ({@code
 * bin/audit verify-report}).
 */
@RestController
@Tag(name = "Manifests", description = "Reports with what they were derived from")
public class ManifestController {

  private final AsOfManifests asOf;
  private final LiveManifests live;

  public ManifestController(AsOfManifests asOf, LiveManifests live) {
    this.asOf = asOf;
    this.live = live;
  }

  @Operation(
      summary = "The as-of report with its manifest",
      description =
          "The report of GET /api/reports/as-of (its crew over fromYear..toYear when given),"
              + " and the audit-trail records it was folded from: offset ranges, writer"
              + " schemas, fold version, SHA-256 of its canonical JSON.")
  @GetMapping("/api/reports/as-of/manifested")
  public Manifested asOf(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear) {
    return asOf.at(at, years(fromYear, toYear));
  }

  @Operation(
      summary = "Distinct crew with its manifest",
      description =
          "The answer of GET /api/crew/distinct and, read in the same snapshot, the"
              + " projection's positions: the report is the fold of every record before them.")
  @GetMapping("/api/crew/distinct/manifested")
  public Manifested distinctCrew(
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(required = false) ParticipantType participantType) {
    years(fromYear, toYear);
    return live.distinctCrew(
        new CrewFilter(
            fromYear, toYear, partner, name(format), name(track), name(participantType)));
  }

  @Operation(
      summary = "One page of the programme list with its manifest",
      description =
          "The answer of GET /api/programs (same filters and paging) and, read in the same"
              + " snapshot, the projection's positions: the page is of the fold of every record"
              + " before them.")
  @GetMapping("/api/programs/manifested")
  public Manifested programs(
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) Integer cohortYear,
      @RequestParam(required = false) String format,
      @RequestParam(required = false) String track,
      @RequestParam(required = false) ReportedProgramStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
    return live.programs(new ProgramFilter(partner, cohortYear, format, track, status), page, size);
  }

  private static ReportPeriod years(Integer fromYear, Integer toYear) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    return ReportPeriod.years(fromYear, toYear);
  }

  private static String name(Enum<?> symbol) {
    return symbol == null ? null : symbol.name();
  }
}
