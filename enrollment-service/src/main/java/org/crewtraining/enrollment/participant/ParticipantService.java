package org.crewtraining.enrollment.participant;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.crewtraining.enrollment.consent.ConsentService;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ParticipantService {

  private final ParticipantRepository participants;
  private final ConsentService consents;
  private final Clock clock;

  ParticipantService(ParticipantRepository participants, ConsentService consents, Clock clock) {
    this.participants = participants;
    this.consents = consents;
    this.clock = clock;
  }

  /**
   * The id is random, not derived from the e-mail, so it reveals nothing about the person even to
   * someone who knows their address.
   */
  @Transactional
  public Participant register(RegisterParticipantRequest request, String actor) {
    ConsentService.checkRegistration(request.consents(), clock.instant());
    Participant participant =
        new Participant(
            "ptc-" + UUID.randomUUID(),
            request.name().strip(),
            request.email().strip(),
            request.organisation().strip(),
            request.participantType(),
            request.craft(),
            clock.instant(),
            null);
    if (!participants.insert(participant)) {
      // the registrar is pointed to the participant who holds the address
      String existing =
          participants
              .search(new ParticipantSearch(participant.email(), null), 1)
              .get(0)
              .participantId();
      throw new EmailAlreadyRegisteredException(existing);
    }
    consents.recordAtRegistration(participant.participantId(), request.consents(), actor);
    return participant;
  }

  @Transactional(readOnly = true)
  public List<Participant> search(ParticipantSearch search) {
    return participants.search(search.checked(), ParticipantSearch.MAX_RESULTS);
  }

  @Transactional(readOnly = true)
  public Participant get(String participantId) {
    return participants
        .find(participantId)
        .orElseThrow(() -> new ResourceNotFoundException("Participant", participantId));
  }
}
