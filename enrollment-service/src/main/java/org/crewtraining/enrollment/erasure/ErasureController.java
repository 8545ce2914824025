package org.crewtraining.enrollment.erasure;

import jakarta.validation.Valid;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.support.command.CommandContext;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ErasureController {

  private final ErasureService erasures;

  ErasureController(ErasureService erasures) {
    this.erasures = erasures;
  }

  /** 200 with the erasure; again: 200 with the first one, nothing written. */
  @PostMapping("/participants/{participantId}/erasure")
  ErasureResult erase(
      @PathVariable String participantId,
      @Valid @RequestBody ErasureRequest request,
      CommandContext context) {
    return erasures.erase(
        participantId, ErasureBasis.REQUEST, request.checked(), EventCause.of(context));
  }
}
