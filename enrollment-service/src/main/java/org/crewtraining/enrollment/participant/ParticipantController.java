package org.crewtraining.enrollment.participant;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/participants")
class ParticipantController {

  private final ParticipantService participants;

  ParticipantController(ParticipantService participants) {
    this.participants = participants;
  }

  @PostMapping
  ResponseEntity<Participant> register(
      @Valid @RequestBody RegisterParticipantRequest request, CommandContext context) {
    Participant participant = participants.register(request, context.actor());
    return ResponseEntity.created(URI.create("/participants/" + participant.participantId()))
        .body(participant);
  }

  /** A POST that reads: the e-mail or name travels in the body, never in a logged URL. */
  @PostMapping("/search")
  List<Participant> search(@Valid @RequestBody ParticipantSearch search) {
    return participants.search(search);
  }

  @ExceptionHandler(EmailAlreadyRegisteredException.class)
  ProblemDetail emailAlreadyRegistered(EmailAlreadyRegisteredException e) {
    ProblemDetail problem =
        ApiExceptionHandler.problem(
            HttpStatus.CONFLICT, "email-already-registered", e.getMessage());
    problem.setProperty("participantId", e.participantId());
    problem.setProperty("participant", "/participants/" + e.participantId());
    return problem;
  }

  @GetMapping("/{participantId}")
  Participant get(@PathVariable String participantId) {
    return participants.get(participantId);
  }
}
