package org.crewtraining.support.outbox;

/**
 * When the relay's next batch may start. A batch has a fixed cost (a Kafka transaction: produce,
 * checkpoint, commit markers on every partition it touched, a wake-up of every read_committed
 * consumer; a PostgreSQL commit), so under load commits should share batches; a lone commit after a
 * quiet spell still leaves at once. Rule: the next batch starts no sooner than {@code minInterval}
 * after the previous one started, and the interval grows with how long that batch took, keeping the
 * relay busy for at most {@code busyShare} of the time, up to {@code maxInterval}. A slow batch (a
 * busy machine or broker, a big batch) so makes the next one wait longer and carry more events,
 * which is when the fixed cost hurts most.
 */
record RelayPacing(long minIntervalMs, long maxIntervalMs, double busyShare) {

  RelayPacing {
    if (minIntervalMs < 0 || maxIntervalMs < minIntervalMs || !(busyShare > 0 && busyShare <= 1)) {
      throw new IllegalArgumentException(
          "need 0 <= min-interval <= max-interval and 0 < busy-share <= 1");
    }
  }

  static RelayPacing of(OutboxProperties properties) {
    return new RelayPacing(
        properties.minIntervalMs(), properties.maxIntervalMs(), properties.busyShare());
  }

  /** Interval between the starts of two batches after one that took this long. */
  long intervalAfter(long batchMs) {
    long wanted = (long) Math.ceil(batchMs / busyShare);
    return Math.max(minIntervalMs, Math.min(maxIntervalMs, wanted));
  }

  /**
   * How long to wait before starting a batch now.
   *
   * @param lastStartMs when the last batch that published something started (0: none yet)
   * @param lastBatchMs how long it took
   */
  long delay(long nowMs, long lastStartMs, long lastBatchMs) {
    return Math.max(0, lastStartMs + intervalAfter(lastBatchMs) - nowMs);
  }
}
