package org.crewtraining.reporting.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.crewtraining.readmodels.report.AuditTrailTable;
import org.crewtraining.reporting.audit.AuditFilter;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail as a CSV or XLSX download (auditors), with the JSON Lines export's filters: rows
 * flow from a database cursor to the response.
 */
@RestController
@RequestMapping("/api/exports/audit")
@Tag(name = "Exports")
public class AuditExportController {

  private final ExportQueries exports;

  public AuditExportController(ExportQueries exports) {
    this.exports = exports;
  }

  @Operation(summary = "Audit trail events in (occurredAt, eventId) order, streamed")
  @GetMapping("/events.{extension}")
  public ResponseEntity<StreamingResponseBody> events(
      @PathVariable String extension,
      @RequestParam(required = false) String programId,
      @RequestParam(required = false) String participantId,
      @RequestParam(required = false) String enrollmentId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) String lang) {
    AuditFilter filter =
        new AuditFilter(
            programId, participantId, enrollmentId, type, from, to, PartnerScope.current());
    return ExportResponse.of(
        AuditTrailTable.EVENTS,
        null,
        ExportFormat.of(extension),
        ExportLanguage.of(lang),
        writer -> exports.auditEvents(filter, writer::rowUnchecked));
  }
}
