package org.crewtraining.enrollment.offer;

import java.net.URI;
import org.crewtraining.support.command.CommandContext;
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

  SelectionRunController(SelectionRuns runs) {
    this.runs = runs;
  }

  /** A proposal: stored, explained, nothing offered until it is confirmed. */
  @PostMapping
  ResponseEntity<SelectionRunView> propose(@PathVariable String programId, CommandContext context) {
    SelectionRunView run = runs.propose(programId, context);
    return ResponseEntity.created(
            URI.create("/programs/" + programId + "/selection-runs/" + run.selectionId()))
        .body(run);
  }

  @GetMapping("/{selectionId}")
  SelectionRunView get(@PathVariable String programId, @PathVariable String selectionId) {
    return runs.get(programId, selectionId);
  }

  @PostMapping("/{selectionId}/confirmation")
  SelectionRunView confirm(
      @PathVariable String programId, @PathVariable String selectionId, CommandContext context) {
    return runs.confirm(programId, selectionId, context);
  }
}
