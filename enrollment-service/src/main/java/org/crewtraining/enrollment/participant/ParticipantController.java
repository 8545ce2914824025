package org.crewtraining.enrollment.participant;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
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
  ResponseEntity<Participant> register(@Valid @RequestBody RegisterParticipantRequest request) {
    Participant participant = participants.register(request);
    return ResponseEntity.created(URI.create("/participants/" + participant.participantId()))
        .body(participant);
  }

  @GetMapping("/{participantId}")
  Participant get(@PathVariable String participantId) {
    return participants.get(participantId);
  }
}
