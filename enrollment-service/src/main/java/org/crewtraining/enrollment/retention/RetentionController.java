package org.crewtraining.enrollment.retention;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RetentionController {

  private final RetentionPolicy policy;

  RetentionController(RetentionPolicy policy) {
    this.policy = policy;
  }

  /** The dry run: who the next retention run would erase, and why. Changes nothing. */
  @GetMapping("/participants/retention-due")
  RetentionDue due() {
    return policy.due();
  }
}
