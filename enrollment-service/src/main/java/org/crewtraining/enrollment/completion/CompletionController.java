package org.crewtraining.enrollment.completion;

import jakarta.validation.Valid;
import org.crewtraining.enrollment.participation.Enrollment;
import org.crewtraining.support.command.CommandContext;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CompletionController {

  private final CompletionService completions;

  CompletionController(CompletionService completions) {
    this.completions = completions;
  }

  @PostMapping("/enrollments/{enrollmentId}/completion/evaluation")
  Evaluated evaluate(@PathVariable String enrollmentId, CommandContext context) {
    return completions.evaluate(enrollmentId, context);
  }

  @PostMapping("/enrollments/{enrollmentId}/completion/override")
  Enrollment override(
      @PathVariable String enrollmentId,
      @Valid @RequestBody OverrideRequest body,
      CommandContext context) {
    return completions.override(enrollmentId, body, context);
  }
}
