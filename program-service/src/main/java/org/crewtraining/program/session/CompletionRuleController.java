package org.crewtraining.program.session;

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

/** A programme's completion rule: set while DRAFT, frozen into ProgramPublished. */
@RestController
@RequestMapping(
    path = "/programs/{programId}/completion-rule",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "When a programme meets, and its planned hours")
public class CompletionRuleController {

  private final CompletionRuleCommands commands;
  private final CompletionRuleQueries queries;
  private final IdempotentRequests idempotent;

  public CompletionRuleController(
      CompletionRuleCommands commands,
      CompletionRuleQueries queries,
      IdempotentRequests idempotent) {
    this.commands = commands;
    this.queries = queries;
    this.idempotent = idempotent;
  }

  @Operation(summary = "The completion rule (the default 80 % rule while none was set)")
  @GetMapping
  ResponseEntity<CompletionRuleView> get(@PathVariable String programId) {
    CompletionRuleView view = queries.get(programId);
    return ResponseEntity.ok().eTag(VersionTag.of(view.version())).body(view);
  }

  @Operation(summary = "Set the completion rule of a DRAFT programme (no event until published)")
  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CompletionRuleView> set(
      @PathVariable String programId,
      @Valid @RequestBody SetCompletionRule request,
      @HonoursIfMatch CommandHeaders headers) {
    Long expected = VersionTag.parseIfMatch(headers.ifMatch());
    IdempotentOutcome<CompletionRuleView> outcome =
        idempotent.execute(
            "program.completion-rule:" + programId,
            headers.idempotencyKey(),
            request,
            CompletionRuleView.class,
            () -> commands.set(programId, request, expected));
    return VersionedAnswer.of(
            HttpStatus.OK, outcome, outcome.body().version(), headers.context().correlationId())
        .body(outcome.body());
  }
}
