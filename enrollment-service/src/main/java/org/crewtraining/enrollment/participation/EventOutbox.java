package org.crewtraining.enrollment.participation;

import java.time.Clock;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.enrollment.config.EnrollmentProperties;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Where every event of this service goes: stamped with this service as its source, the cause's
 * correlation, causation and actor and the clock's instant, and appended to the outbox in the
 * caller's transaction. Each feature's events class builds its events on it.
 */
@Component
public class EventOutbox {

  private final OutboxWriter outbox;
  private final Clock clock;
  private final String source;

  EventOutbox(OutboxWriter outbox, Clock clock, EnrollmentProperties properties) {
    this.outbox = outbox;
    this.clock = clock;
    this.source = properties.eventSource();
  }

  /** The metadata of the next event this cause produces. */
  public EventMetadata metadata(EventCause cause) {
    return Events.newMetadata(
        source, cause.correlationId(), cause.causationId(), cause.actor(), clock.instant());
  }

  public void append(SpecificRecord event) {
    outbox.append(event);
  }
}
