package org.crewtraining.support.logging;

import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.slf4j.MDC;

/**
 * Names the event a thread is handling in every log line it writes meanwhile (the logging MDC:
 * {@value #EVENT_ID}, {@value #EVENT_TYPE}, {@value #CORRELATION_ID}), next to the trace and span
 * ids the tracer adds. Structured (JSON) logs carry them as fields.
 */
public final class EventLogContext implements AutoCloseable {

  public static final String EVENT_ID = "eventId";
  public static final String EVENT_TYPE = "eventType";
  public static final String CORRELATION_ID = "correlationId";

  private EventLogContext() {}

  /** Puts the event's ids into the MDC until {@link #close()}. */
  public static EventLogContext of(SpecificRecord event) {
    EventMetadata metadata = Events.metadataOf(event);
    MDC.put(EVENT_ID, String.valueOf(metadata.getEventId()));
    MDC.put(EVENT_TYPE, EventType.of(event).simpleName());
    if (metadata.getCorrelationId() != null) {
      MDC.put(CORRELATION_ID, metadata.getCorrelationId());
    }
    return new EventLogContext();
  }

  @Override
  public void close() {
    MDC.remove(EVENT_ID);
    MDC.remove(EVENT_TYPE);
    MDC.remove(CORRELATION_ID);
  }
}
