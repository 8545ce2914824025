package org.crewtraining.support.testing;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** A sampled trace context a test sends along (W3C traceparent) and then looks for. */
public record TestTrace(String traceId, String spanId) {

  public static TestTrace random() {
    return new TestTrace(randomHex(16), randomHex(8));
  }

  public String traceparent() {
    return "00-" + traceId + "-" + spanId + "-01";
  }

  private static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    ThreadLocalRandom.current().nextBytes(b);
    b[0] |= 1; // never all zeros, which W3C calls invalid
    return HexFormat.of().formatHex(b);
  }
}
