package org.crewtraining.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampledFlagTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      nullValues = "null",
      value = {
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01, true",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-03, true",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00, false",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-02, false",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1, false",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0x, false",
        "garbage, false",
        "null, false"
      })
  void theSampledFlagIsTheLowBitOfTheLastField(String traceparent, boolean sampled) {
    assertThat(EventTracing.sampled(traceparent)).isEqualTo(sampled);
  }
}
