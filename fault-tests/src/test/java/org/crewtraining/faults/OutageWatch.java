package org.crewtraining.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.crewtraining.faults.load.LoadRunner;
import org.crewtraining.faults.stack.ServiceProcess;
import org.crewtraining.faults.stack.Stack;

/**
 * Follows the load through an outage, sampled at each await poll: the longest time between two
 * samples that saw new answers while the load was still running, and, the first time that reaches
 * {@link #STALL}, a thread dump of every service in its log, so a stall shows where the requests
 * waited.
 */
final class OutageWatch {

  static final Duration STALL = Duration.ofSeconds(5);

  private final LoadRunner load;
  private final Future<?> running;
  private final Stack stack;
  private final List<Path> dumps = new ArrayList<>();
  private long lastAnswered;
  private long lastProgressNanos = System.nanoTime();
  private long longestPauseNanos;

  OutageWatch(LoadRunner load, Future<?> running, Stack stack) {
    this.load = load;
    this.running = running;
    this.stack = stack;
    this.lastAnswered = load.done();
  }

  /** Takes one sample; always true, so it can sit in an await condition. */
  boolean sample() {
    long now = System.nanoTime();
    long answered = load.done();
    long pause = now - lastProgressNanos;
    longestPauseNanos = Math.max(longestPauseNanos, pause);
    if (answered != lastAnswered || running.isDone()) {
      lastAnswered = answered;
      lastProgressNanos = now;
      return true;
    }
    if (pause >= STALL.toNanos() && dumps.isEmpty()) {
      for (ServiceProcess s : List.of(stack.program, stack.enrollment(), stack.reporting())) {
        dumps.add(s.threadDump());
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "longest pause in answers %.1f s%s"
        .formatted(
            longestPauseNanos / 1e9, dumps.isEmpty() ? "" : "; thread dumps appended to " + dumps);
  }
}
