package org.crewtraining.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceparentTest {

  @ParameterizedTest(name = "{0} → trace {1}, sampled {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01, 0af7651916cd43dd8448eb211c80319c, true",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-03, 0af7651916cd43dd8448eb211c80319c, true",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00, 0af7651916cd43dd8448eb211c80319c, false",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-02, 0af7651916cd43dd8448eb211c80319c, false",
      })
  void aWellFormedContextGivesItsTraceIdAndTheLowBitOfItsFlags(
      String value, String traceId, boolean sampled) {
    Traceparent parsed = Traceparent.parse(value);

    assertThat(parsed).isEqualTo(new Traceparent(value, traceId, sampled));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      value = {
        "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01",
        "00-0af7651916cd43dd8448eb211c8031-b7ad6b7169203331-01",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0x",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-extra",
        "0af7651916cd43dd8448eb211c80319c",
        "garbage",
        "''",
        "null"
      })
  void anythingElseIsNoTraceContext(String value) {
    assertThat(Traceparent.parse(value)).isNull();
  }
}
