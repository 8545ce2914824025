package org.crewtraining.enrollment.application;

import java.time.Clock;
import org.crewtraining.contracts.Events;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.support.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Builds the application events and appends them to the outbox in the caller's transaction. Ids,
 * type, craft, decisions, scores and codes only: the answers never leave this service, and the
 * reviewer is the metadata's actor.
 */
@Component
class ApplicationEvents {

  private final OutboxWriter outbox;
  private final Clock clock;
  private final String source;

  ApplicationEvents(OutboxWriter outbox, Clock clock, EnrollmentProperties properties) {
    this.outbox = outbox;
    this.clock = clock;
    this.source = properties.eventSource();
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
    return Events.newMetadata(
        source, cause.correlationId(), cause.causationId(), cause.actor(), clock.instant());
  }
}
