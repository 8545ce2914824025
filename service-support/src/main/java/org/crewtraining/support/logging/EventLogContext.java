package org.crewtraining.support.logging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.support.tracing.Traceparent;
import org.slf4j.MDC;

/**
 * Names the event a thread is handling in every log line it writes meanwhile (the logging MDC:
 * {@value #EVENT_ID}, {@value #EVENT_TYPE}, {@value #CORRELATION_ID}, {@value #TRACE_ID} of the
 * trace its record carries where the tracer has not put one there, and the record's coordinates as
 * {@value #RECORD}). Structured (JSON) logs carry them as fields. Closing restores what the MDC
 * held before, so contexts nest (a request's correlation id around an event's).
 */
public final class EventLogContext implements AutoCloseable {

  public static final String EVENT_ID = "eventId";
  public static final String EVENT_TYPE = "eventType";
  public static final String CORRELATION_ID = "correlationId";
  public static final String TRACE_ID = "traceId";
  public static final String RECORD = "kafkaRecord";

  private final Map<String, String> previous = new HashMap<>();

  private EventLogContext() {}

  /** The ids of a decoded event and of the trace its record carries. */
  public static EventLogContext of(SpecificRecord event, Headers headers) {
    EventMetadata metadata = Events.metadataOf(event);
    EventLogContext context = new EventLogContext();
    context.put(EVENT_ID, String.valueOf(metadata.getEventId()));
    context.put(EVENT_TYPE, EventType.of(event).simpleName());
    context.put(CORRELATION_ID, metadata.getCorrelationId());
    context.putTrace(headers);
    return context;
  }

  /**
   * The ids a record names in its CloudEvents headers, and its coordinates: for a record whether or
   * not it decodes (one on its way to a dead-letter topic).
   */
  public static EventLogContext of(ConsumerRecord<?, ?> record) {
    EventLogContext context = new EventLogContext();
    Headers headers = record.headers();
    context.put(EVENT_ID, text(headers, CloudEventHeaders.ID));
    String type = text(headers, CloudEventHeaders.TYPE);
    context.put(EVENT_TYPE, type == null ? null : type.substring(type.lastIndexOf('.') + 1));
    context.put(CORRELATION_ID, text(headers, CloudEventHeaders.CORRELATION_ID));
    context.putTrace(headers);
    context.put(RECORD, record.topic() + "-" + record.partition() + "@" + record.offset());
    return context;
  }

  private void putTrace(Headers headers) {
    Traceparent traceparent = Traceparent.of(headers);
    if (traceparent != null && MDC.get(TRACE_ID) == null) {
      put(TRACE_ID, traceparent.traceId());
    }
  }

  private void put(String key, String value) {
    if (value != null) {
      previous.putIfAbsent(key, MDC.get(key));
      MDC.put(key, value);
    }
  }

  private static String text(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? null
        : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    previous.forEach(
        (key, value) -> {
          if (value == null) {
            MDC.remove(key);
          } else {
            MDC.put(key, value);
          }
        });
  }
}
