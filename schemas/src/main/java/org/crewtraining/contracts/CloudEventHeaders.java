package org.crewtraining.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
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
  public static final String DATA_SCHEMA = "ce_dataschema";

  public static final String SPEC_VERSION_VALUE = "1.0";
  public static final String AVRO_CONTENT_TYPE = "application/avro";

  private CloudEventHeaders() {}

  /**
   * Header values that are the same for every record are encoded once and shared between records
   * (Kafka only reads them); see docs/performance.md for what this saves per event.
   */
  private static final byte[] SPEC_VERSION_BYTES = ascii(SPEC_VERSION_VALUE);

  private static final byte[] AVRO_CONTENT_TYPE_BYTES = ascii(AVRO_CONTENT_TYPE);
  private static final Map<EventType, byte[]> TYPE_BYTES = new EnumMap<>(EventType.class);

  static {
    for (EventType type : EventType.values()) {
      TYPE_BYTES.put(type, ascii(type.fullName()));
    }
  }

  /** A service produces with one source name, so one cached entry serves nearly every call. */
  private static volatile Encoded lastSource = new Encoded("", new byte[0]);

  private record Encoded(String text, byte[] bytes) {}

  /**
   * Replaces any ce_* headers with the ones derived from the event; {@code dataSchema} is the
   * registry URL of the writer schema ({@link EventCodec#dataSchemaOf}).
   */
  public static void write(
      Headers headers, EventType type, String key, EventMetadata metadata, byte[] dataSchema) {
    // The serializer is almost always handed empty headers: then there is nothing to replace and
    // the nine lastHeader scans (and their iterators) are pure overhead.
    boolean fresh = !headers.iterator().hasNext();
    put(headers, fresh, SPEC_VERSION, SPEC_VERSION_BYTES);
    put(headers, fresh, ID, utf8(metadata.getEventId().toString()));
    put(headers, fresh, TYPE, TYPE_BYTES.get(type));
    put(headers, fresh, SOURCE, source(metadata.getSource()));
    put(headers, fresh, TIME, isoTimeBytes(metadata.getOccurredAt()));
    put(headers, fresh, CONTENT_TYPE, AVRO_CONTENT_TYPE_BYTES);
    put(headers, fresh, DATA_SCHEMA, dataSchema);
    put(headers, fresh, CORRELATION_ID, utf8(metadata.getCorrelationId()));
    if (key != null) {
      put(headers, fresh, SUBJECT, utf8(key));
    }
    if (metadata.getCausationId() != null) {
      put(headers, fresh, CAUSATION_ID, utf8(metadata.getCausationId()));
    }
  }

  private static byte[] source(String source) {
    Encoded last = lastSource;
    if (!last.text().equals(source)) {
      last = new Encoded(source, utf8(source));
      lastSource = last;
    }
    return last.bytes();
  }

  /**
   * Exactly {@link Instant#toString()} for the millisecond instants of years 1000-9999 that events
   * carry, without DateTimeFormatter (the largest single cost of the serializer, see
   * docs/performance.md); anything else takes the JDK's path.
   */
  static String isoTime(Instant time) {
    return new String(isoTimeBytes(time), StandardCharsets.ISO_8859_1);
  }

  /** {@link #isoTime} as the ASCII bytes a header carries, without an intermediate String. */
  static byte[] isoTimeBytes(Instant time) {
    int nanos = time.getNano();
    long seconds = time.getEpochSecond();
    if (nanos % 1_000_000 != 0 || seconds < MIN_FAST_SECOND || seconds >= MAX_FAST_SECOND) {
      return ascii(time.toString());
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    byte[] c = new byte[nanos == 0 ? 20 : 24];
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    if (nanos != 0) {
      c[19] = '.';
      digits(c, 20, nanos / 1_000_000, 3);
    }
    c[c.length - 1] = 'Z';
    return c;
  }

  private static final long MIN_FAST_SECOND = -30610224000L; // 1000-01-01T00:00:00Z
  private static final long MAX_FAST_SECOND = 253402300800L; // 10000-01-01T00:00:00Z

  private static void digits(byte[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (byte) ('0' + value % 10);
      value /= 10;
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

  private static void put(Headers headers, boolean fresh, String name, byte[] value) {
    if (!fresh && headers.lastHeader(name) != null) {
      headers.remove(name);
    }
    headers.add(name, value);
  }

  private static byte[] utf8(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] ascii(String value) {
    return value.getBytes(StandardCharsets.US_ASCII);
  }
}
