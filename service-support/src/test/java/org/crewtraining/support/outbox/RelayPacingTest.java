package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crewtraining.support.outbox.RelayPacing.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelayPacingTest {

  /** 20 ms apart at least, 100 ms at most, busy at most half the time, from 200 events/s. */
  private final RelayPacing pacing = new RelayPacing(20, 100, 0.5, 200);

  /** A batch that started at 1,000 ms, 10 ms after the one before: 2 events = 200 /s. */
  private static Batch busy(long durationMs) {
    return new Batch(1_000, 990, durationMs, 2);
  }

  @Test
  void aLoneCommitAfterAQuietSpellLeavesAtOnce() {
    assertThat(pacing.delay(10_000, new Batch(9_000, 8_000, 30, 3))).isZero();
    assertThat(pacing.delay(10_000, Batch.NONE)).isZero(); // the first batch after start
  }

  @Test
  void underLoadACommitRightAfterABatchWaitsForTheMinimumInterval() {
    assertThat(pacing.delay(1_005, busy(4))).isEqualTo(15);
  }

  @ParameterizedTest(name = "{0} events {1} ms after the batch before: next waits {2} ms")
  @CsvSource({
    "1, 10, 0", // 100 /s: every commit leaves at once, whatever the batch took
    "1, 6, 0", // 167 /s
    "2, 10, 15", // 200 /s: paced from here
    "10, 20, 15", // 500 /s, as a paced batch sees it
    "40, 900, 0", // a backlog after a quiet spell: 44 /s, drained at once
  })
  void pacingStartsAtTheConfiguredRate(int events, long sincePreviousMs, long wait) {
    Batch last = new Batch(1_000, 1_000 - sincePreviousMs, 4, events);

    assertThat(pacing.delay(1_005, last)).isEqualTo(wait);
  }

  @Test
  void theRateMeasuredIsTheSameWhetherPacedOrNot() {
    // 300 /s unpaced: one event every 3.3 ms; paced every 20 ms: six per batch.
    assertThat(pacing.delay(1_001, new Batch(1_000, 997, 1, 1))).isPositive();
    assertThat(pacing.delay(1_001, new Batch(1_000, 980, 1, 6))).isPositive();
    // 100 /s either way.
    assertThat(pacing.delay(1_001, new Batch(1_000, 990, 1, 1))).isZero();
    assertThat(pacing.delay(1_001, new Batch(1_000, 980, 1, 2))).isZero();
  }

  @Test
  void withoutAnEarlierBatchOnlyASharedBatchIsPaced() {
    assertThat(pacing.delay(1_005, new Batch(1_000, 0, 4, 1))).isZero();
    assertThat(pacing.delay(1_005, new Batch(1_000, 0, 4, 5))).isEqualTo(15);
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
    assertThat(pacing.delay(1_000 + batchMs, busy(batchMs)))
        .isEqualTo(Math.max(0, interval - batchMs));
  }

  @Test
  void aFailedRunIsPacedLikeABusyBatch() {
    Batch failed = Batch.NONE.next(1_000, 0, 0).next(1_010, 30, OutboxRelay.FAILED);

    assertThat(pacing.delay(1_040, failed)).isEqualTo(30);
  }

  @Test
  void aBusyShareOfOneIsAFixedMinimumInterval() {
    RelayPacing fixed = new RelayPacing(20, 20, 1.0, 200);

    assertThat(fixed.intervalAfter(5)).isEqualTo(20);
    assertThat(fixed.intervalAfter(60)).isEqualTo(20);
  }

  @Test
  void aPacingRateOfZeroPacesEveryBatch() {
    RelayPacing always = new RelayPacing(20, 50, 0.5, 0);

    assertThat(always.delay(1_005, new Batch(1_000, 0, 4, 1))).isEqualTo(15);
    assertThat(always.delay(1_005, new Batch(1_000, 10, 4, 1))).isEqualTo(15);
  }

  @Test
  void inconsistentSettingsAreRefused() {
    assertThatThrownBy(() -> new RelayPacing(50, 20, 0.5, 200))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelayPacing(20, 50, 0, 200))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelayPacing(20, 50, 1.5, 200))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelayPacing(20, 50, 0.5, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
