package org.crewtraining.reporting.export;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The highest live heap (used right after a full collection, so garbage does not count) sampled
 * every {@link #PERIOD_NANOS} while it runs, against the live heap when it started. Forced
 * collections slow the measured work down (a full collection of the test's heap, broker and context
 * included, takes about half a second on a busy two-core machine), hence the long period.
 */
final class LiveHeapPeak implements AutoCloseable {

  private static final long PERIOD_NANOS = 1_500_000_000L;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final long baseline = live();
  private final AtomicLong peak = new AtomicLong(baseline);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread sampler;
  private int samples;

  private LiveHeapPeak() {
    sampler =
        new Thread(
            () -> {
              while (running.get()) {
                LockSupport.parkNanos(PERIOD_NANOS);
                peak.accumulateAndGet(live(), Math::max);
                samples++;
              }
            },
            "live-heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  static LiveHeapPeak start() {
    return new LiveHeapPeak();
  }

  /** Stops sampling, takes a last sample (what is still held at the end counts too). */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    sampler.join();
    peak.accumulateAndGet(live(), Math::max);
    samples++;
  }

  long baseline() {
    return baseline;
  }

  long peak() {
    return peak.get();
  }

  long growth() {
    return peak.get() - baseline;
  }

  int samples() {
    return samples;
  }

  private long live() {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
