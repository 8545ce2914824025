package org.crewtraining.reporting.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.crewtraining.support.security.PartnerScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The audit trail: filtered, keyset-paged listing and a streamed JSON Lines export. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Every event of every topic, decoded, as recorded")
public class AuditController {

  /** JSON Lines (https://jsonlines.org). */
  public static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

  private final AuditStore store;

  public AuditController(AuditStore store) {
    this.store = store;
  }

  @Operation(
      summary = "Events of the trail in (occurredAt, eventId) order",
      description = "Pass the previous page's nextCursor as cursor; pages are stable.")
  @GetMapping("/events")
  public AuditPage events(
      @RequestParam(required = false) String programId,
      @RequestParam(required = false) String participantId,
      @RequestParam(required = false) String enrollmentId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) @Parameter(schema = @Schema(type = "string"))
          AuditCursor cursor,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
    AuditFilter filter =
        new AuditFilter(
            programId, participantId, enrollmentId, type, from, to, PartnerScope.current());
    return store.page(filter, cursor, size);
  }

  @Operation(
      summary = "Filtered history as JSON Lines, streamed",
      description = "Rows flow from a database cursor to the response: memory stays bounded.")
  @GetMapping("/export")
  public ResponseEntity<StreamingResponseBody> export(
      @RequestParam(required = false) String programId,
      @RequestParam(required = false) String participantId,
      @RequestParam(required = false) String enrollmentId,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to) {
    AuditFilter filter =
        new AuditFilter(
            programId, participantId, enrollmentId, type, from, to, PartnerScope.current());
    StreamingResponseBody body =
        out -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
          StringBuilder line = new StringBuilder(1024);
          store.stream(
              filter,
              rs -> {
                line.setLength(0);
                JsonLines.append(line, store.event(rs));
                try {
                  writer.append(line).append('\n');
                } catch (IOException e) {
                  throw new UncheckedIOException(e); // client went away: ends the cursor too
                }
              });
          writer.flush();
        };
    return ResponseEntity.ok()
        .contentType(JSON_LINES)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.jsonl\"")
        .body(body);
  }
}
