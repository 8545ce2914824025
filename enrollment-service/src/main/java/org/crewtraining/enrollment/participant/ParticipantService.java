package org.crewtraining.enrollment.participant;

import java.time.Clock;
import java.util.UUID;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ParticipantService {

  private final ParticipantRepository participants;
  private final Clock clock;

  ParticipantService(ParticipantRepository participants, Clock clock) {
    this.participants = participants;
    this.clock = clock;
  }

  /**
   * The id is random, not derived from the e-mail, so it reveals nothing about the person even to
   * someone who knows their address.
   */
  @Transactional
  public Participant register(RegisterParticipantRequest request) {
    Participant participant =
        new Participant(
            "ptc-" + UUID.randomUUID(),
            request.name().strip(),
            request.email().strip(),
            request.organisation().strip(),
            request.participantType(),
            request.craft(),
            clock.instant());
    try {
      participants.insert(participant);
    } catch (DuplicateKeyException e) {
      // the unique index decides, so two concurrent registrations cannot both succeed
      throw new StateConflictException(
          "email-already-registered", "A participant with this e-mail is already registered");
    }
    return participant;
  }

  @Transactional(readOnly = true)
  public Participant get(String participantId) {
    return participants
        .find(participantId)
        .orElseThrow(() -> new ResourceNotFoundException("Participant", participantId));
  }
}
