package org.crewtraining.program.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.function.Supplier;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.command.HonoursIfMatch;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme lifecycle over HTTP. Every change answers with the programme and its version as ETag;
 * {@code If-Match} makes a change conditional on that version, {@code Idempotency-Key} makes a
 * retried change run once.
 */
@RestController
@RequestMapping(path = "/programs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programmes", description = "Create and run training programmes")
public class ProgramController {

  private final ProgramCommands commands;
  private final ProgramQueries queries;
  private final IdempotentRequests idempotent;

  public ProgramController(
      ProgramCommands commands, ProgramQueries queries, IdempotentRequests idempotent) {
    this.commands = commands;
    this.queries = queries;
    this.idempotent = idempotent;
  }

  @Operation(summary = "Create a DRAFT programme (emits ProgramCreated)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Program> create(
      @Valid @RequestBody CreateProgram request, CommandHeaders headers) {
    CommandContext context = headers.context();
    IdempotentOutcome<Program> outcome =
        idempotent.execute(
            "program.create",
            headers.idempotencyKey(),
            request,
            Program.class,
            () -> commands.create(request, context));
    return respond(HttpStatus.CREATED, outcome, context)
        .location(URI.create("/programs/" + outcome.body().programId()))
        .body(outcome.body());
  }

  @Operation(summary = "Get one programme; its version is the ETag")
  @GetMapping("/{programId}")
  ResponseEntity<Program> get(@PathVariable String programId) {
    Program program = queries.get(programId);
    return ResponseEntity.ok().eTag(VersionTag.of(program.version())).body(program);
  }

  @Operation(summary = "List programmes, oldest first, filtered and paged")
  @GetMapping
  ProgramPage list(
      @RequestParam(required = false) ProgramStatus status,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) ProgramFormat format,
      @RequestParam(required = false) CraftTrack track,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer cohortYear,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    ProgramSlice slice =
        queries.list(new ProgramFilter(status, partner, format, track, cohortYear), page, size);
    long totalPages = (slice.totalItems() + size - 1) / size;
    return new ProgramPage(
        slice.items(), new ProgramPage.PageInfo(page, size, slice.totalItems(), totalPages));
  }

  @Operation(summary = "Move the dates (emits ProgramScheduleChanged unless unchanged)")
  @PutMapping(path = "/{programId}/schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Program> changeSchedule(
      @PathVariable String programId,
      @Valid @RequestBody ChangeSchedule request,
      @HonoursIfMatch CommandHeaders headers) {
    return change(
        "program.schedule:" + programId,
        request,
        headers,
        context -> commands.changeSchedule(programId, request, expectedVersion(headers), context));
  }

  @Operation(summary = "Change the seats (emits ProgramCapacityChanged unless unchanged)")
  @PutMapping(path = "/{programId}/capacity", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Program> changeCapacity(
      @PathVariable String programId,
      @Valid @RequestBody ChangeCapacity request,
      @HonoursIfMatch CommandHeaders headers) {
    return change(
        "program.capacity:" + programId,
        request,
        headers,
        context -> commands.changeCapacity(programId, request, expectedVersion(headers), context));
  }

  @Operation(summary = "Open enrollment: DRAFT → PUBLISHED (emits ProgramPublished)")
  @PostMapping("/{programId}/publish")
  ResponseEntity<Program> publish(
      @PathVariable String programId, @HonoursIfMatch CommandHeaders headers) {
    return change(
        "program.publish:" + programId,
        programId,
        headers,
        context -> commands.publish(programId, expectedVersion(headers), context));
  }

  @Operation(summary = "Call off: DRAFT/PUBLISHED → CANCELLED (emits ProgramCancelled)")
  @PostMapping(path = "/{programId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Program> cancel(
      @PathVariable String programId,
      @Valid @RequestBody CancelProgram request,
      @HonoursIfMatch CommandHeaders headers) {
    return change(
        "program.cancel:" + programId,
        request,
        headers,
        context -> commands.cancel(programId, request, expectedVersion(headers), context));
  }

  @Operation(summary = "The programme is over: PUBLISHED → CLOSED (emits ProgramClosed)")
  @PostMapping("/{programId}/close")
  ResponseEntity<Program> close(
      @PathVariable String programId, @HonoursIfMatch CommandHeaders headers) {
    return change(
        "program.close:" + programId,
        programId,
        headers,
        context -> commands.close(programId, expectedVersion(headers), context));
  }

  private ResponseEntity<Program> change(
      String scope, Object request, CommandHeaders headers, Change change) {
    CommandContext context = headers.context();
    Supplier<Program> action = () -> change.apply(context);
    IdempotentOutcome<Program> outcome =
        idempotent.execute(scope, headers.idempotencyKey(), request, Program.class, action);
    return respond(HttpStatus.OK, outcome, context).body(outcome.body());
  }

  private static ResponseEntity.BodyBuilder respond(
      HttpStatus status, IdempotentOutcome<Program> outcome, CommandContext context) {
    return VersionedAnswer.of(status, outcome, outcome.body().version(), context.correlationId());
  }

  /** The version If-Match requires, or null when any version will do. */
  private static Long expectedVersion(CommandHeaders headers) {
    return VersionTag.parseIfMatch(headers.ifMatch());
  }

  @FunctionalInterface
  private interface Change {
    Program apply(CommandContext context);
  }
}
