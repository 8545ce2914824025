package org.crewtraining.enrollment.access;

import java.time.Clock;
import org.crewtraining.enrollment.consent.ConsentService;
import org.crewtraining.enrollment.participant.ParticipantService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A data subject's access request, answered by a registrar: everything held about the participant,
 * as JSON or CSV ({@code Accept: text/csv}). Never cached: it is personal data.
 */
@RestController
class AccessExportController {

  private final ParticipantService participants;
  private final ConsentService consents;
  private final AccessExportRepository rows;
  private final Clock clock;

  AccessExportController(
      ParticipantService participants,
      ConsentService consents,
      AccessExportRepository rows,
      Clock clock) {
    this.participants = participants;
    this.consents = consents;
    this.rows = rows;
    this.clock = clock;
  }

  @GetMapping(
      path = "/participants/{participantId}/export",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional(readOnly = true)
  public ResponseEntity<AccessExport> json(@PathVariable String participantId) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(export(participantId));
  }

  @GetMapping(path = "/participants/{participantId}/export", produces = "text/csv")
  @Transactional(readOnly = true)
  public ResponseEntity<String> csv(@PathVariable String participantId) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(participantId + ".csv").build().toString())
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(AccessExportCsv.of(export(participantId)));
  }

  private AccessExport export(String participantId) {
    return new AccessExport(
        clock.instant(),
        participants.get(participantId),
        consents.of(participantId),
        rows.enrollments(participantId),
        rows.applications(participantId),
        rows.certificates(participantId));
  }
}
