package org.crewtraining.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutboxSignalTest {

  private final OutboxSignal signal = new OutboxSignal();

  @Test
  void aCommitBeforeTheWaitWakesItAtOnce() throws InterruptedException {
    signal.committed();

    assertThat(signal.await(60_000)).isTrue();
  }

  @Test
  void withoutACommitTheWaitEndsAtItsTimeout() throws InterruptedException {
    assertThat(signal.await(1)).isFalse();
  }

  @Test
  void commitsDuringOneRunWakeTheRelayOnceNotOncePerCommit() throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      signal.committed();
    }

    assertThat(signal.await(60_000)).isTrue();
    assertThat(signal.await(1)).isFalse();
  }
}
