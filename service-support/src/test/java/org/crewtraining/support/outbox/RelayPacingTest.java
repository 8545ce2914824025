package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelayPacingTest {

  /** 20 ms apart at least, 100 ms at most, busy at most half the time. */
  private final RelayPacing pacing = new RelayPacing(20, 100, 0.5);

  @Test
  void aLoneCommitAfterAQuietSpellLeavesAtOnce() {
    assertThat(pacing.delay(10_000, 9_000, 30)).isZero();
    assertThat(pacing.delay(10_000, 0, 0)).isZero(); // the first batch after start
  }

  @Test
  void aCommitRightAfterABatchWaitsForTheMinimumInterval() {
    assertThat(pacing.delay(1_005, 1_000, 4)).isEqualTo(15);
  }

  @ParameterizedTest(name = "a batch of {0} ms: next one {1} ms after its start")
  @CsvSource({
    "0, 20", // fast batches still share commits over the minimum interval
    "10, 20",
    "11, 22", // beyond it, the relay is busy at most half of the time
    "30, 60",
    "50, 100",
    "400, 100" // a batch slower than the maximum interval is not made to wait longer
  })
  void slowerBatchesMakeTheNextOneWaitLongerUpToTheMaximum(long batchMs, long interval) {
    assertThat(pacing.intervalAfter(batchMs)).isEqualTo(interval);
    assertThat(pacing.delay(1_000 + batchMs, 1_000, batchMs))
        .isEqualTo(Math.max(0, interval - batchMs));
  }

  @Test
  void aBusyShareOfOneIsTodaysFixedMinimumInterval() {
    RelayPacing fixed = new RelayPacing(20, 20, 1.0);

    assertThat(fixed.intervalAfter(5)).isEqualTo(20);
    assertThat(fixed.intervalAfter(60)).isEqualTo(20);
  }

  @Test
  void inconsistentSettingsAreRefused() {
    assertThatThrownBy(() -> new RelayPacing(50, 20, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelayPacing(20, 50, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelayPacing(20, 50, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
