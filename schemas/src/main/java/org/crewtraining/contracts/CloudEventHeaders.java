package org.crewtraining.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.crewtraining.events.common.EventMetadata;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes travel as {@code ce_*} headers
 * and mirror the metadata embedded in the Avro payload, so tools can route and inspect records
 * without decoding them.
 */
public final class CloudEventHeaders {

  public static final String SPEC_VERSION = "ce_specversion";
  public static final String ID = "ce_id";
  public static final String TYPE = "ce_type";
  public static final String SOURCE = "ce_source";
  public static final String TIME = "ce_time";
  public static final String SUBJECT = "ce_subject";
  public static final String CORRELATION_ID = "ce_correlationid";
  public static final String CAUSATION_ID = "ce_causationid";
  public static final String CONTENT_TYPE = "content-type";

  public static final String SPEC_VERSION_VALUE = "1.0";
  public static final String AVRO_CONTENT_TYPE = "application/avro";

  private CloudEventHeaders() {}

  /** Replaces any ce_* headers with the ones derived from the event. */
  public static void write(Headers headers, EventType type, String key, EventMetadata metadata) {
    put(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
    put(headers, ID, metadata.getEventId().toString());
    put(headers, TYPE, type.fullName());
    put(headers, SOURCE, metadata.getSource());
    put(headers, TIME, metadata.getOccurredAt().toString());
    put(headers, CONTENT_TYPE, AVRO_CONTENT_TYPE);
    put(headers, CORRELATION_ID, metadata.getCorrelationId());
    if (key != null) {
      put(headers, SUBJECT, key);
    }
    if (metadata.getCausationId() != null) {
      put(headers, CAUSATION_ID, metadata.getCausationId());
    }
  }

  public static Optional<String> read(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null
        ? Optional.empty()
        : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
  }

  public static Optional<Instant> time(Headers headers) {
    return read(headers, TIME).map(Instant::parse);
  }

  private static void put(Headers headers, String name, String value) {
    if (headers.lastHeader(name) != null) {
      headers.remove(name);
    }
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
