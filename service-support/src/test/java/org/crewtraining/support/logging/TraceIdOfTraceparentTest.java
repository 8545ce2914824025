package org.crewtraining.support.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceIdOfTraceparentTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01, 0af7651916cd43dd8448eb211c80319c",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00, 0af7651916cd43dd8448eb211c80319c",
        "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01, null",
        "00-0af7651916cd43dd8448eb211c8031-b7ad6b7169203331-01, null",
        "0af7651916cd43dd8448eb211c80319c, null",
        "'', null"
      })
  void theTraceIdIsTheSecondFieldWhenItIsWellFormed(String traceparent, String traceId) {
    assertThat(EventLogContext.traceIdOf(traceparent.getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(traceId);
  }
}
