package org.crewtraining.support.outbox;

import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * When the relay runs: on its own thread, at once after each outbox commit ({@link OutboxSignal}),
 * at most every {@code crew.outbox.min-interval-ms} and at least every {@code
 * crew.outbox.poll-interval-ms} (rows another instance committed while this one held the relay
 * lock, retries after a failure).
 */
class OutboxRelayLoop implements SmartLifecycle {

  private final OutboxRelay relay;
  private final OutboxSignal signal;
  private final OutboxProperties properties;
  private volatile boolean running;
  private Thread thread;

  OutboxRelayLoop(OutboxRelay relay, OutboxSignal signal, OutboxProperties properties) {
    this.relay = relay;
    this.signal = signal;
    this.properties = properties;
  }

  @Override
  public void start() {
    running = true;
    signal.committed(); // a first run at once: rows left unsent before this start
    thread = new Thread(this::run, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  /** Lets the batch in flight finish (bounded by the send timeout) before the producer closes. */
  @Override
  public void stop() {
    running = false;
    signal.committed();
    try {
      thread.join(properties.sendTimeoutMs() + 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void run() {
    long lastRun = 0;
    while (running) {
      try {
        signal.await(properties.pollIntervalMs());
        // Pacing: under load, commits arriving within the minimum interval share one batch, and
        // so one Kafka transaction; a lone commit after a quiet spell goes out at once.
        long wait = lastRun + properties.minIntervalMs() - System.currentTimeMillis();
        if (wait > 0) {
          TimeUnit.MILLISECONDS.sleep(wait);
        }
      } catch (InterruptedException e) {
        return;
      }
      lastRun = System.currentTimeMillis();
      if (running) {
        relay.poll();
      }
    }
  }
}
