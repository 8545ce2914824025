package org.crewtraining.enrollment.offer;

import java.time.Instant;
import java.util.List;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.EventOutbox;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.events.enrollments.OfferRelease;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.springframework.stereotype.Component;

/**
 * Selection and offer events, appended to the outbox in the caller's transaction. The offer code
 * and the answers never travel: only ids, type, craft and codes.
 */
@Component
class OfferEvents {

  private final EventOutbox outbox;

  OfferEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  EventMetadata selectionConfirmed(
      String selectionId,
      String programId,
      List<String> offered,
      List<String> reserve,
      EventCause cause) {
    EventMetadata m = metadata(cause);
    outbox.append(new SelectionConfirmed(m, selectionId, programId, offered, reserve));
    return m;
  }

  EventMetadata offered(
      OfferRow a, String selectionId, OfferBasis basis, Instant expiresAt, EventCause cause) {
    EventMetadata m = metadata(cause);
    outbox.append(
        new SeatOffered(
            m,
            a.applicationId(),
            a.programId(),
            a.participantId(),
            a.participantType().toEvent(),
            a.craft(),
            selectionId,
            basis,
            expiresAt));
    return m;
  }

  EventMetadata declined(OfferRow a, OfferRelease release, EventCause cause) {
    EventMetadata m = metadata(cause);
    outbox.append(
        new SeatDeclined(
            m,
            a.applicationId(),
            a.programId(),
            a.participantId(),
            a.participantType().toEvent(),
            a.craft(),
            release));
    return m;
  }

  private EventMetadata metadata(EventCause cause) {
    return outbox.metadata(cause);
  }
}
