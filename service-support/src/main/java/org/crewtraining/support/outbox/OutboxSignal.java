package org.crewtraining.support.outbox;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay as soon as a transaction that appended to the outbox commits, so an event reaches
 * Kafka in the time one batch takes instead of up to a poll interval later. Signals coalesce:
 * however many commits arrive while the relay is busy, it wakes once and drains them all.
 */
public class OutboxSignal {

  private final Semaphore pending = new Semaphore(0);

  /** Called after the commit of a transaction that appended at least one event. */
  void committed() {
    if (pending.availablePermits() == 0) {
      pending.release();
    }
  }

  /**
   * Waits until a commit was signalled or the timeout passed.
   *
   * @return whether a commit was signalled
   */
  boolean await(long timeoutMs) throws InterruptedException {
    boolean signalled = pending.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
    pending.drainPermits();
    return signalled;
  }
}
