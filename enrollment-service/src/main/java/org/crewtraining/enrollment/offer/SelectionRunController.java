package org.crewtraining.enrollment.offer;

import java.net.URI;
import org.crewtraining.support.command.CommandHeaders;
import org.crewtraining.support.idempotency.IdempotentOutcome;
import org.crewtraining.support.idempotency.IdempotentRequests;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/programs/{programId}/selection-runs")
class SelectionRunController {

  private final SelectionRuns runs;
  private final IdempotentRequests idempotent;

  SelectionRunController(SelectionRuns runs, IdempotentRequests idempotent) {
    this.runs = runs;
    this.idempotent = idempotent;
  }

  /** What an Idempotency-Key is fingerprinted on: the programme, and the run confirmed. */
  record RunCommand(String programId, String selectionId) {}

  /** What a key stores and replays: the run's id; the run itself is read afresh. */
  record Run(String selectionId) {}

  /** A proposal: stored, explained, nothing offered until it is confirmed. */
  @PostMapping
  ResponseEntity<SelectionRunView> propose(@PathVariable String programId, CommandHeaders headers) {
    IdempotentOutcome<Run> outcome =
        idempotent.execute(
            "selection.propose",
            headers.idempotencyKey(),
            new RunCommand(programId, null),
            Run.class,
            () -> new Run(runs.propose(programId, headers.context()).selectionId()));
    String selectionId = outcome.body().selectionId();
    return outcome
        .markReplay(
            ResponseEntity.created(
                URI.create("/programs/" + programId + "/selection-runs/" + selectionId)))
        .body(runs.get(programId, selectionId));
  }

  @GetMapping("/{selectionId}")
  SelectionRunView get(@PathVariable String programId, @PathVariable String selectionId) {
    return runs.get(programId, selectionId);
  }

  /**
   * A retry with the same Idempotency-Key answers the confirmation again; without one, a second
   * confirmation is 409 selection-confirmed.
   */
  @PostMapping("/{selectionId}/confirmation")
  ResponseEntity<SelectionRunView> confirm(
      @PathVariable String programId, @PathVariable String selectionId, CommandHeaders headers) {
    IdempotentOutcome<Run> outcome =
        idempotent.execute(
            "selection.confirm",
            headers.idempotencyKey(),
            new RunCommand(programId, selectionId),
            Run.class,
            () -> new Run(runs.confirm(programId, selectionId, headers.context()).selectionId()));
    return outcome.markReplay(ResponseEntity.ok()).body(runs.get(programId, selectionId));
  }
}
