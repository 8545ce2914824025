package org.crewtraining.reporting.metrics;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a task on a scheduler at most once per window: a request after a quiet window runs it at
 * once, requests within the window share one run at its end. One run is pending at a time; a
 * request made while the task runs schedules the next run.
 */
final class PacedTask {

  private final Runnable task;
  private final Duration window;
  private final Supplier<ScheduledExecutorService> scheduler;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile long lastRunAt;

  PacedTask(Runnable task, Duration window, Supplier<ScheduledExecutorService> scheduler) {
    this.task = task;
    this.window = window;
    this.scheduler = scheduler;
  }

  void request() {
    ScheduledExecutorService s = scheduler.get();
    if (s != null && scheduled.compareAndSet(false, true)) {
      long delay = delayAfter(System.currentTimeMillis(), lastRunAt, window);
      try {
        s.schedule(this::run, delay, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        scheduled.set(false); // stopping
      }
    }
  }

  /** How long a run wanted now waits: until one window after the last run started. */
  static long delayAfter(long nowMs, long lastRunMs, Duration window) {
    return Math.max(0, lastRunMs + window.toMillis() - nowMs);
  }

  private void run() {
    scheduled.set(false); // requests from now on schedule the next run
    lastRunAt = System.currentTimeMillis();
    task.run();
  }
}
