package org.crewtraining.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A W3C trace context as it travels in the {@value EventTracing#HEADER} record header: {@code
 * version-traceid-spanid-flags}, lower-case hex. Read once here for everyone who needs a part of it
 * (the consumers' spans, the log context).
 *
 * @param value the header as sent
 * @param traceId 32 hex digits
 * @param sampled the low bit of the flags: whether the trace records spans
 */
public record Traceparent(String value, String traceId, boolean sampled) {

  private static final Pattern FORMAT =
      Pattern.compile("[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})");

  /** The trace context in {@code value}, or null when it is absent or not well formed. */
  public static Traceparent parse(String value) {
    Matcher m = value == null ? null : FORMAT.matcher(value);
    if (m == null || !m.matches()) {
      return null;
    }
    return new Traceparent(value, m.group(1), (Integer.parseInt(m.group(2), 16) & 1) == 1);
  }

  /** The trace context a record carries (its last {@value EventTracing#HEADER}), or null. */
  public static Traceparent of(Headers headers) {
    Header header = headers == null ? null : headers.lastHeader(EventTracing.HEADER);
    return header == null || header.value() == null
        ? null
        : parse(new String(header.value(), StandardCharsets.US_ASCII));
  }
}
