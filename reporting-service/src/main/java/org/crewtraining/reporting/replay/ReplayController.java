package org.crewtraining.reporting.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.readmodels.ReportPeriod;
import org.crewtraining.support.security.PartnerScope;
import org.crewtraining.support.web.InvalidFieldException;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Rebuild, verification and as-of reports. */
@RestController
@Tag(
    name = "Replay",
    description = "Rebuild from the log, verify, report a period as known at an instant")
public class ReplayController {

  private final RebuildService rebuilds;
  private final Verifier verifier;
  private final AsOfReports asOf;
  private final Clock clock = Clock.systemUTC();

  /** A calendar date alone: ISO.DATE would also take an offset ("2024-12-31+09:00"). */
  private static final String PLAIN_DATE = "yyyy-MM-dd";

  public ReplayController(RebuildService rebuilds, Verifier verifier, AsOfReports asOf) {
    this.rebuilds = rebuilds;
    this.verifier = verifier;
    this.asOf = asOf;
  }

  @Operation(summary = "Start rebuilding every read model from the start of the log (202)")
  @PostMapping("/api/admin/rebuilds")
  public ResponseEntity<RebuildStatus> startRebuild() {
    RebuildStatus status = rebuilds.start();
    return ResponseEntity.accepted()
        .location(URI.create("/api/admin/rebuilds/" + status.id()))
        .body(status);
  }

  @Operation(summary = "Progress of a rebuild: events applied, events/s, % of log, ETA")
  @GetMapping("/api/admin/rebuilds/{id}")
  public RebuildStatus rebuild(@PathVariable String id) {
    return rebuilds.status(id).orElseThrow(() -> new ResourceNotFoundException("Rebuild", id));
  }

  @Operation(summary = "Fold the log afresh and list every difference from the live read models")
  @PostMapping("/api/admin/verify")
  public VerifyReport verify() {
    return verifier.verify();
  }

  @Operation(
      summary = "Read models of a business period as known at an instant",
      description =
          "Knowledge time: at (default now), only events recorded (occurredAt) at or before it"
              + " count. Business period: the programmes of cohort years fromYear..toYear and/or"
              + " ending (end date) from..to, all inclusive and optional (none: every programme),"
              + " judged as known at the knowledge time. Overall figures, programmes, rollups,"
              + " attendance, selection and distinct crew are all over the period. Folded in"
              + " memory from the audit trail; the live read models are untouched.")
  @GetMapping("/api/reports/as-of")
  public AsOfReport asOf(
      @Parameter(description = "knowledge time, ISO instant; default now")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant at,
      @Parameter(description = "lowest cohort year, inclusive") @RequestParam(required = false)
          Integer fromYear,
      @Parameter(description = "highest cohort year, inclusive") @RequestParam(required = false)
          Integer toYear,
      @Parameter(description = "earliest programme end date, ISO date, inclusive")
          @RequestParam(required = false)
          @DateTimeFormat(pattern = PLAIN_DATE)
          LocalDate from,
      @Parameter(description = "latest programme end date, ISO date, inclusive")
          @RequestParam(required = false)
          @DateTimeFormat(pattern = PLAIN_DATE)
          LocalDate to) {
    if (fromYear != null && toYear != null && toYear < fromYear) {
      throw new InvalidFieldException("toYear", "must not be before fromYear");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new InvalidFieldException("to", "must not be before from");
    }
    // Avro instants are milliseconds: a default finer than that would be refused if it were sent.
    Instant knownAt = at != null ? at : clock.instant().truncatedTo(ChronoUnit.MILLIS);
    return asOf.report(
        knownAt, new ReportPeriod(fromYear, toYear, from, to), PartnerScope.current());
  }
}
