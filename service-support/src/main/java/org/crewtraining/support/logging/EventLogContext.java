package org.crewtraining.support.logging;

import java.nio.charset.StandardCharsets;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.tracing.EventTracing;
import org.slf4j.MDC;

/**
 * Names the event a thread is handling in every log line it writes meanwhile (the logging MDC:
 * {@value #EVENT_ID}, {@value #EVENT_TYPE}, {@value #CORRELATION_ID}, and {@value #TRACE_ID} of the
 * trace its record carries where the tracer has not put one there). Structured (JSON) logs carry
 * them as fields.
 */
public final class EventLogContext implements AutoCloseable {

  public static final String EVENT_ID = "eventId";
  public static final String EVENT_TYPE = "eventType";
  public static final String CORRELATION_ID = "correlationId";
  public static final String TRACE_ID = "traceId";

  private final boolean ownTraceId;

  private EventLogContext(boolean ownTraceId) {
    this.ownTraceId = ownTraceId;
  }

  /** Puts the ids of the event and of the trace its record carries into the MDC until closed. */
  public static EventLogContext of(SpecificRecord event, Headers headers) {
    put(event);
    Header traceparent = headers.lastHeader(EventTracing.HEADER);
    String traceId = traceparent == null ? null : traceIdOf(traceparent.value());
    boolean own = traceId != null && MDC.get(TRACE_ID) == null;
    if (own) {
      MDC.put(TRACE_ID, traceId);
    }
    return new EventLogContext(own);
  }

  /** The trace id field of a W3C traceparent ("00-{trace id}-{span id}-{flags}"), or null. */
  static String traceIdOf(byte[] traceparent) {
    String value = traceparent == null ? "" : new String(traceparent, StandardCharsets.US_ASCII);
    String[] fields = value.split("-");
    return fields.length == 4 && fields[1].matches("[0-9a-f]{32}") ? fields[1] : null;
  }

  private static void put(SpecificRecord event) {
    EventMetadata metadata = Events.metadataOf(event);
    MDC.put(EVENT_ID, String.valueOf(metadata.getEventId()));
    MDC.put(EVENT_TYPE, EventType.of(event).simpleName());
    if (metadata.getCorrelationId() != null) {
      MDC.put(CORRELATION_ID, metadata.getCorrelationId());
    }
  }

  @Override
  public void close() {
    MDC.remove(EVENT_ID);
    MDC.remove(EVENT_TYPE);
    MDC.remove(CORRELATION_ID);
    if (ownTraceId) {
      MDC.remove(TRACE_ID);
    }
  }
}
