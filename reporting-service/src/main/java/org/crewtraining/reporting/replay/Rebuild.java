package org.crewtraining.reporting.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Mutable progress of one rebuild, written by its worker thread and read by the API. */
final class Rebuild {

  enum Phase {
    REPLAYING,
    CATCHING_UP,
    SWITCHING,
    DONE,
    FAILED
  }

  private final String id;
  private final Clock clock;
  private final Instant startedAt;
  private volatile Phase phase = Phase.REPLAYING;
  private volatile Instant finishedAt;
  private volatile long recordsRead;
  private volatile long recordsTotal;
  private volatile long eventsApplied;
  private volatile String error;

  Rebuild(String id, Clock clock) {
    this.id = id;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  String id() {
    return id;
  }

  boolean finished() {
    return phase == Phase.DONE || phase == Phase.FAILED;
  }

  void phase(Phase next) {
    phase = next;
  }

  void progress(long read, long total, long applied) {
    recordsRead = read;
    recordsTotal = total;
    eventsApplied = applied;
  }

  void done() {
    finishedAt = clock.instant();
    phase = Phase.DONE;
  }

  void failed(Throwable cause) {
    error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    finishedAt = clock.instant();
    phase = Phase.FAILED;
  }

  RebuildStatus status() {
    Instant end = finishedAt == null ? clock.instant() : finishedAt;
    double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
    double rate = eventsApplied / seconds;
    double recordRate = recordsRead / seconds;
    boolean done = phase == Phase.DONE;
    double percent =
        done
            ? 100.0
            : recordsTotal == 0 ? 0.0 : Math.min(100.0, 100.0 * recordsRead / recordsTotal);
    Long eta =
        done
            ? Long.valueOf(0)
            : recordRate > 0
                ? Math.round(Math.max(0, recordsTotal - recordsRead) / recordRate)
                : null;
    return new RebuildStatus(
        id,
        phase.name(),
        startedAt,
        finishedAt,
        recordsRead,
        recordsTotal,
        eventsApplied,
        Math.round(rate * 10) / 10.0,
        Math.round(percent * 10) / 10.0,
        eta,
        error);
  }
}
