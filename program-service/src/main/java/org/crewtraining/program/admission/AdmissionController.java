package org.crewtraining.program.admission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.crewtraining.program.programme.VersionTag;
import org.crewtraining.program.programme.VersionedAnswer;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.command.HonoursIfMatch;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How a programme's seats go: first come, or by application. Set while DRAFT, then frozen. */
@RestController
@RequestMapping(
    path = "/programs/{programId}/admission",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Admission", description = "First come, first served, or application and selection")
public class AdmissionController {

  private final AdmissionCommands commands;
  private final AdmissionQueries queries;
  private final IdempotentRequests idempotent;

  public AdmissionController(
      AdmissionCommands commands, AdmissionQueries queries, IdempotentRequests idempotent) {
    this.commands = commands;
    this.queries = queries;
    this.idempotent = idempotent;
  }

  @Operation(summary = "The admission (FIRST_COME while none was set); the programme's ETag")
  @GetMapping
  ResponseEntity<AdmissionView> get(@PathVariable String programId) {
    AdmissionAnswer answer = queries.get(programId);
    return ResponseEntity.ok().eTag(VersionTag.of(answer.version())).body(answer.admission());
  }

  @Operation(summary = "Set the admission of a DRAFT programme (no event until published)")
  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<AdmissionView> set(
      @PathVariable String programId,
      @Valid @RequestBody SetAdmission request,
      @HonoursIfMatch CommandHeaders headers) {
    Long expected = VersionTag.parseIfMatch(headers.ifMatch());
    IdempotentOutcome<AdmissionAnswer> outcome =
        idempotent.execute(
            "program.admission:" + programId,
            headers.idempotencyKey(),
            request,
            AdmissionAnswer.class,
            () -> commands.set(programId, request, expected));
    return VersionedAnswer.of(
            HttpStatus.OK, outcome, outcome.body().version(), headers.context().correlationId())
        .body(outcome.body().admission());
  }
}
