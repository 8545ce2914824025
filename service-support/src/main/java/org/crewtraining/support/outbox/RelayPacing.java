package org.crewtraining.support.outbox;

/**
 * When the relay's next batch may start. A batch has a fixed cost (a Kafka transaction: produce,
 * checkpoint, commit markers on every partition it touched, a wake-up of every read_committed
 * consumer; a PostgreSQL commit), so under load commits should share batches; at a low rate every
 * commit leaves at once, since the delay would be all there is to its latency. Rule: while commits
 * arrive more slowly than {@code paceFromPerSecond} (measured over the last batch: its events over
 * the time since the batch before it started), the next batch starts as soon as a commit wakes the
 * relay. Faster, the next batch starts no sooner than {@code minInterval} after the previous one
 * started, and the interval grows with how long that batch took, keeping the relay busy for at most
 * {@code busyShare} of the time, up to {@code maxInterval}. A slow batch (a busy machine or broker,
 * a big batch) so makes the next one wait longer and carry more events, which is when the fixed
 * cost hurts most.
 */
record RelayPacing(
    long minIntervalMs, long maxIntervalMs, double busyShare, double paceFromPerSecond) {

  RelayPacing {
    if (minIntervalMs < 0
        || maxIntervalMs < minIntervalMs
        || !(busyShare > 0 && busyShare <= 1)
        || !(paceFromPerSecond >= 0)) {
      throw new IllegalArgumentException(
          "need 0 <= min-interval <= max-interval, 0 < busy-share <= 1 and pace-from-per-second"
              + " >= 0");
    }
  }

  static RelayPacing of(OutboxProperties properties) {
    return new RelayPacing(
        properties.minIntervalMs(),
        properties.maxIntervalMs(),
        properties.busyShare(),
        properties.paceFromPerSecond());
  }

  /** Interval between the starts of two batches after one that took this long, when paced. */
  long intervalAfter(long batchMs) {
    long wanted = (long) Math.ceil(batchMs / busyShare);
    return Math.max(minIntervalMs, Math.min(maxIntervalMs, wanted));
  }

  /**
   * How long to wait before starting a batch now.
   *
   * @param last the last batch that published something ({@link Batch#NONE}: none yet)
   */
  long delay(long nowMs, Batch last) {
    if (last.startMs() == 0 || !paced(last)) {
      return 0;
    }
    return Math.max(0, last.startMs() + intervalAfter(last.durationMs()) - nowMs);
  }

  /** Whether the last batch's events arrived at least at the pacing rate. */
  private boolean paced(Batch last) {
    if (paceFromPerSecond == 0) {
      return true;
    }
    long sincePrevious = last.startMs() - last.previousStartMs();
    if (last.previousStartMs() == 0 || sincePrevious <= 0) {
      return last.events() > 1; // no earlier batch to measure against: pace only a shared batch
    }
    return last.events() * 1000.0 / sincePrevious >= paceFromPerSecond;
  }

  /**
   * A relay run that published: when it started, when the one before it started, how long it took
   * and how many events it carried.
   */
  record Batch(long startMs, long previousStartMs, long durationMs, int events) {

    static final Batch NONE = new Batch(0, 0, 0, 0);

    /** The run after this one. */
    Batch next(long startMs, long durationMs, int events) {
      return new Batch(startMs, this.startMs, durationMs, events);
    }
  }
}
