package org.crewtraining.reporting.manifest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.readmodels.CrewFilter;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.crewtraining.readmodels.manifest.Manifests.Manifested;
import org.crewtraining.reporting.query.ProgramFilter;
import org.crewtraining.support.security.PartnerScope;
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
  private final Clock clock = Clock.systemUTC();

  /** A calendar date alone: ISO.DATE would also take an offset ("2024-12-31+09:00"). */
  private static final String PLAIN_DATE = "yyyy-MM-dd";

  public ManifestController(AsOfManifests asOf, LiveManifests live) {
    this.asOf = asOf;
    this.live = live;
  }

  @Operation(
      summary = "The as-of report with its manifest",
      description =
          "The report of GET /api/reports/as-of with the same parameters (business period"
              + " fromYear, toYear, from, to; knowledge time at, default now), and the"
              + " audit-trail records it was folded from: offset ranges, writer schemas, fold"
              + " version, SHA-256 of its canonical JSON.")
  @GetMapping("/api/reports/as-of/manifested")
  public Manifested asOf(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant at,
      @RequestParam(required = false) Integer fromYear,
      @RequestParam(required = false) Integer toYear,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(pattern = PLAIN_DATE) LocalDate to) {
    years(fromYear, toYear);
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    // As GET /api/reports/as-of: Avro instants are milliseconds, so is the default.
    Instant knownAt = at != null ? at : clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return asOf.at(knownAt, new ReportPeriod(fromYear, toYear, from, to));
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
    return live.programs(
        new ProgramFilter(partner, cohortYear, format, track, status, PartnerScope.current()),
        page,
        size);
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
