package org.crewtraining.contracts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    // The serializer is almost always handed empty headers: then there is nothing to replace and
    // the nine lastHeader scans (and their iterators) are pure overhead.
    boolean fresh = !headers.iterator().hasNext();
    put(headers, fresh, SPEC_VERSION, SPEC_VERSION_VALUE);
    put(headers, fresh, ID, metadata.getEventId().toString());
    put(headers, fresh, TYPE, type.fullName());
    put(headers, fresh, SOURCE, metadata.getSource());
    put(headers, fresh, TIME, isoTime(metadata.getOccurredAt()));
    put(headers, fresh, CONTENT_TYPE, AVRO_CONTENT_TYPE);
    put(headers, fresh, CORRELATION_ID, metadata.getCorrelationId());
    if (key != null) {
      put(headers, fresh, SUBJECT, key);
    }
    if (metadata.getCausationId() != null) {
      put(headers, fresh, CAUSATION_ID, metadata.getCausationId());
    }
  }

  /**
   * Exactly {@link Instant#toString()} for the millisecond instants of years 1000-9999 that events
   * carry, without DateTimeFormatter (the largest single cost of the serializer, see
   * docs/performance.md); anything else takes the JDK's path.
   */
  static String isoTime(Instant time) {
    int nanos = time.getNano();
    long seconds = time.getEpochSecond();
    if (nanos % 1_000_000 != 0 || seconds < MIN_FAST_SECOND || seconds >= MAX_FAST_SECOND) {
      return time.toString();
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    char[] c = new char[nanos == 0 ? 20 : 24];
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
    return new String(c);
  }

  private static final long MIN_FAST_SECOND = -30610224000L; // 1000-01-01T00:00:00Z
  private static final long MAX_FAST_SECOND = 253402300800L; // 10000-01-01T00:00:00Z

  private static void digits(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
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

  private static void put(Headers headers, boolean fresh, String name, String value) {
    if (!fresh && headers.lastHeader(name) != null) {
      headers.remove(name);
    }
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
