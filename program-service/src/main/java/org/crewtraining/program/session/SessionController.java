package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.crewtraining.program.programme.VersionTag;
import org.crewtraining.program.programme.VersionedAnswer;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's sessions over HTTP. A session change is a change of its programme: the answer
 * carries the programme's new version as ETag, and If-Match refers to that version.
 */
@RestController
@RequestMapping(
    path = "/programs/{programId}/sessions",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "When a programme meets, and its planned hours")
public class SessionController {

  private final SessionCommands commands;
  private final SessionQueries queries;
  private final IdempotentRequests idempotent;

  public SessionController(
      SessionCommands commands, SessionQueries queries, IdempotentRequests idempotent) {
    this.commands = commands;
    this.queries = queries;
    this.idempotent = idempotent;
  }

  @Operation(summary = "Every session, active and cancelled, and the planned minutes of the active")
  @GetMapping
  ResponseEntity<SessionPlan> list(@PathVariable String programId) {
    SessionPlan plan = queries.plan(programId);
    return ResponseEntity.ok().eTag(VersionTag.of(plan.version())).body(plan);
  }

  @Operation(summary = "One session; the programme's version is the ETag")
  @GetMapping("/{sessionId}")
  ResponseEntity<SessionResponse> get(
      @PathVariable String programId, @PathVariable String sessionId) {
    SessionResponse session = queries.session(programId, sessionId);
    return ResponseEntity.ok().eTag(VersionTag.of(session.version())).body(session);
  }

  @Operation(summary = "Add a session to a DRAFT or PUBLISHED programme (ProgramSessionScheduled)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SessionResponse> add(
      @PathVariable String programId,
      @Valid @RequestBody ScheduleSession request,
      @HonoursIfMatch CommandHeaders headers) {
    IdempotentOutcome<SessionResponse> outcome =
        run(
            "program.session.add:" + programId,
            request,
            headers,
            context -> commands.add(programId, request, ifMatch(headers), context));
    String location =
        "/programs/" + programId + "/sessions/" + outcome.body().session().sessionId();
    return respond(HttpStatus.CREATED, outcome, headers)
        .location(URI.create(location))
        .body(outcome.body());
  }

  @Operation(summary = "Move an active session (ProgramSessionRescheduled unless unchanged)")
  @PutMapping(path = "/{sessionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SessionResponse> reschedule(
      @PathVariable String programId,
      @PathVariable String sessionId,
      @Valid @RequestBody RescheduleSession request,
      @HonoursIfMatch CommandHeaders headers) {
    IdempotentOutcome<SessionResponse> outcome =
        run(
            "program.session.reschedule:" + programId + ":" + sessionId,
            request,
            headers,
            context ->
                commands.reschedule(programId, sessionId, request, ifMatch(headers), context));
    return respond(HttpStatus.OK, outcome, headers).body(outcome.body());
  }

  @Operation(summary = "Call an active session off (ProgramSessionCancelled)")
  @PostMapping(path = "/{sessionId}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<SessionResponse> cancel(
      @PathVariable String programId,
      @PathVariable String sessionId,
      @Valid @RequestBody CancelSession request,
      @HonoursIfMatch CommandHeaders headers) {
    IdempotentOutcome<SessionResponse> outcome =
        run(
            "program.session.cancel:" + programId + ":" + sessionId,
            request,
            headers,
            context -> commands.cancel(programId, sessionId, request, ifMatch(headers), context));
    return respond(HttpStatus.OK, outcome, headers).body(outcome.body());
  }

  private IdempotentOutcome<SessionResponse> run(
      String scope, Object request, CommandHeaders headers, Change change) {
    CommandContext context = headers.context();
    return idempotent.execute(
        scope,
        headers.idempotencyKey(),
        request,
        SessionResponse.class,
        () -> change.apply(context));
  }

  private static ResponseEntity.BodyBuilder respond(
      HttpStatus status, IdempotentOutcome<SessionResponse> outcome, CommandHeaders headers) {
    return VersionedAnswer.of(
        status, outcome, outcome.body().version(), headers.context().correlationId());
  }

  private static Long ifMatch(CommandHeaders headers) {
    return VersionTag.parseIfMatch(headers.ifMatch());
  }

  @FunctionalInterface
  private interface Change {
    SessionResponse apply(CommandContext context);
  }
}
