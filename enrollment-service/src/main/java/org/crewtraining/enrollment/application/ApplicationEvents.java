package org.crewtraining.enrollment.application;

import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.participation.EventOutbox;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.springframework.stereotype.Component;

/**
 * Builds the application events and appends them to the outbox in the caller's transaction. Ids,
 * type, craft, decisions, scores and codes only: the answers never leave this service, and the
 * reviewer is the metadata's actor.
 */
@Component
class ApplicationEvents {

  private final EventOutbox outbox;

  ApplicationEvents(EventOutbox outbox) {
    this.outbox = outbox;
  }

  void submitted(Application a, EventCause cause) {
    outbox.append(
        new ApplicationSubmitted(
            metadata(cause),
            a.applicationId(),
            a.programId(),
            a.participantId(),
            a.participantType().toEvent(),
            a.craft()));
  }

  void withdrawn(Application a, WithdrawalReason reason, EventCause cause) {
    outbox.append(
        new ApplicationWithdrawn(
            metadata(cause), a.applicationId(), a.programId(), a.participantId(), reason));
  }

  void reviewed(Application a, ReviewRequest review, EventCause cause) {
    outbox.append(
        new ApplicationReviewed(
            metadata(cause),
            a.applicationId(),
            a.programId(),
            a.participantId(),
            review.decision(),
            review.score(),
            review.reasonCode()));
  }

  private EventMetadata metadata(EventCause cause) {
    return outbox.metadata(cause);
  }
}
