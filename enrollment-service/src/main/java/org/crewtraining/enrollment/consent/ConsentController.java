package org.crewtraining.enrollment.consent;

import jakarta.validation.Valid;
import org.crewtraining.support.command.CommandContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/participants/{participantId}/consents")
class ConsentController {

  private final ConsentService consents;

  ConsentController(ConsentService consents) {
    this.consents = consents;
  }

  @GetMapping
  Consents get(@PathVariable String participantId) {
    return consents.of(participantId);
  }

  /** Gives a purpose (again), e.g. alumni news after it was withdrawn. */
  @PostMapping
  Consents give(
      @PathVariable String participantId,
      @Valid @RequestBody ConsentGiven consent,
      CommandContext context) {
    return consents.give(participantId, consent, context.actor());
  }

  @PostMapping("/{purpose}/withdrawal")
  Consents withdraw(
      @PathVariable String participantId,
      @PathVariable ConsentPurpose purpose,
      CommandContext context) {
    return consents.withdraw(participantId, purpose, context.actor());
  }
}
