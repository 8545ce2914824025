package org.crewtraining.support.outbox;

import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * When the relay runs: on its own thread, after each outbox commit ({@link OutboxSignal}), paced by
 * {@link RelayPacing} (at once at a low rate, later under load so that batches grow), and at least
 * every {@code crew.outbox.poll-interval-ms} (rows another instance committed while this one held
 * the relay lock, retries after a failure).
 */
class OutboxRelayLoop implements SmartLifecycle {

  private final OutboxRelay relay;
  private final OutboxSignal signal;
  private final OutboxProperties properties;
  private final RelayPacing pacing;
  private volatile boolean running;
  private Thread thread;

  OutboxRelayLoop(OutboxRelay relay, OutboxSignal signal, OutboxProperties properties) {
    this.relay = relay;
    this.signal = signal;
    this.properties = properties;
    this.pacing = RelayPacing.of(properties);
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
    RelayPacing.Batch last = RelayPacing.Batch.NONE;
    while (running) {
      try {
        signal.await(properties.pollIntervalMs());
        long wait = pacing.delay(System.currentTimeMillis(), last);
        if (wait > 0) {
          TimeUnit.MILLISECONDS.sleep(wait);
        }
      } catch (InterruptedException e) {
        return;
      }
      if (running) {
        long started = System.currentTimeMillis();
        int events = relay.poll();
        if (events > 0) { // a run that found nothing does not delay the next batch
          last = last.next(started, System.currentTimeMillis() - started, events);
        }
      }
    }
  }
}
