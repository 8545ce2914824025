package org.crewtraining.reporting.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsPacingTest {

  private final Duration window = Duration.ofMillis(50);

  @Test
  void aRequestAfterAQuietWindowRunsAtOnce() {
    assertThat(PacedTask.delayAfter(10_000, 9_000, window)).isZero();
    assertThat(PacedTask.delayAfter(10_000, 0, window)).isZero();
  }

  @Test
  void aRequestWithinTheWindowWaitsForItsEnd() {
    assertThat(PacedTask.delayAfter(10_020, 10_000, window)).isEqualTo(30);
  }
}
