package org.crewtraining.enrollment.erasure;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.EventOutbox;
import org.crewtraining.events.enrollments.ErasureBasis;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys a participant's personal data and publishes {@code ParticipantErased} through the
 * outbox, in one transaction: all of it or nothing. Erasing an erased participant answers the first
 * erasure again and publishes nothing.
 */
@Service
public class ErasureService {

  private final ErasureRepository erasures;
  private final EventOutbox outbox;
  private final Clock clock;

  ErasureService(ErasureRepository erasures, EventOutbox outbox, Clock clock) {
    this.erasures = erasures;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public ErasureResult erase(
      String participantId, ErasureBasis basis, ErasureReason reason, EventCause cause) {
    ErasureRepository.Subject subject =
        erasures
            .lock(participantId)
            .orElseThrow(() -> new ResourceNotFoundException("Participant", participantId));
    if (subject.erasedAt() != null) {
      return new ErasureResult(
          participantId, subject.erasedAt(), subject.basis(), subject.reasonCode());
    }
    // Millisecond precision, as the event's timestamp-millis: the API and the event say the same.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    erasures.destroy(subject, now, basis, reason);
    outbox.append(new ParticipantErased(outbox.metadata(cause), participantId, now, basis, reason));
    return new ErasureResult(participantId, now, basis, reason);
  }
}
