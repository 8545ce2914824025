package org.crewtraining.reporting.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import org.crewtraining.readmodels.AsOfReport;
import org.crewtraining.support.security.PartnerScope;
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
@Tag(name = "Replay", description = "Rebuild from the log, verify, report as of an instant")
public class ReplayController {

  private final RebuildService rebuilds;
  private final Verifier verifier;
  private final AsOfReports asOf;

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
      summary = "Read models as they stood at an instant (events with occurredAt <= at)",
      description = "Folded in memory from the audit trail; the live read models are untouched.")
  @GetMapping("/api/reports/as-of")
  public AsOfReport asOf(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at) {
    return asOf.at(at, PartnerScope.current());
  }
}
