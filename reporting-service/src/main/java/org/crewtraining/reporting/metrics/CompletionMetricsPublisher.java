package org.crewtraining.reporting.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.Topic;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.crewtraining.reporting.projection.BatchApplier;
import org.crewtraining.reporting.query.ReportingQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes CompletionMetricsUpdated after each projection commit that changed something ({@link
 * BatchApplier.Applied}), paced: the first commit after a quiet window flushes at once, later ones
 * share a flush at most once per window. A flush reads back only the programmes the commits touched
 * and, if any completion figure (or the overall one) differs from what was last sent, sends one
 * update to the metrics topic and the SSE stream. The overall figures are the sum of every
 * programme's, kept in memory (read in full once, and again after a rebuild), so a flush costs the
 * same however many enrollments the read model holds. Nothing runs while nothing changes.
 */
@Component
public class CompletionMetricsPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CompletionMetricsPublisher.class);
  private static final String SOURCE = "reporting-service";

  private final ReportingQueries queries;
  private final MetricsStream stream;
  private final KafkaTemplate<String, SpecificRecord> kafka;
  private final MetricsProperties properties;
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Instant> newestEventAt = new AtomicReference<>(Instant.EPOCH);
  private final Map<String, Completion> lastSent = new HashMap<>();
  private final AtomicBoolean flushScheduled = new AtomicBoolean();
  private volatile boolean recountAll = true;
  private volatile long lastFlushAt;
  private ProgramTotals totals;
  private Completion lastOverall;
  private volatile ScheduledExecutorService scheduler;

  public CompletionMetricsPublisher(
      ReportingQueries queries,
      MetricsStream stream,
      KafkaTemplate<String, SpecificRecord> kafka,
      MetricsProperties properties) {
    this.queries = queries;
    this.stream = stream;
    this.kafka = kafka;
    this.properties = properties;
  }

  @EventListener
  public void on(BatchApplier.Applied applied) {
    dirty.addAll(applied.programIds());
    if (applied.events() == 0) {
      recountAll = true; // a rebuild switched the read model: figures may differ anywhere
    }
    if (applied.newestEventAt() != null) {
      newestEventAt.accumulateAndGet(applied.newestEventAt(), (a, b) -> a.isAfter(b) ? a : b);
    }
    scheduleFlush();
  }

  /** One flush pending at a time, no sooner than a window after the last one started. */
  private void scheduleFlush() {
    ScheduledExecutorService s = scheduler;
    if (s != null && flushScheduled.compareAndSet(false, true)) {
      long delay = delayAfter(System.currentTimeMillis(), lastFlushAt, properties.window());
      try {
        s.schedule(this::scheduledFlush, delay, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        flushScheduled.set(false); // stopping
      }
    }
  }

  /** How long a flush wanted now waits: until one window after the last flush started. */
  static long delayAfter(long nowMs, long lastFlushMs, Duration window) {
    return Math.max(0, lastFlushMs + window.toMillis() - nowMs);
  }

  private void scheduledFlush() {
    flushScheduled.set(false); // commits from now on schedule the next flush
    lastFlushAt = System.currentTimeMillis();
    flushQuietly();
    if (!dirty.isEmpty()) {
      scheduleFlush(); // a failed flush gave its programmes back
    }
  }

  /** Publishes if figures changed since the last update; returns it, or null if none was due. */
  public synchronized MetricsUpdate flush() {
    if (dirty.isEmpty()) {
      return null;
    }
    List<String> programIds = new ArrayList<>(dirty);
    dirty.removeAll(programIds);
    try {
      return publishChanges(programIds);
    } catch (RuntimeException e) {
      dirty.addAll(programIds); // tried again a window later
      log.warn("Completion metrics not published: {}", e.toString());
      return null;
    }
  }

  private MetricsUpdate publishChanges(List<String> programIds) {
    if (recountAll || totals == null) {
      recountAll = false;
      try {
        totals =
            ProgramTotals.of(queries.allPrograms().stream().map(ProgramCompletion::of).toList());
      } catch (RuntimeException e) {
        recountAll = true;
        throw e;
      }
    }
    List<ProgramCompletion> touched =
        queries.programs(programIds).stream().map(ProgramCompletion::of).toList();
    totals.update(touched);
    Completion overall = totals.overall();
    List<ProgramCompletion> changed =
        touched.stream().filter(p -> !p.figures().equals(lastSent.get(p.programId()))).toList();
    if (changed.isEmpty() && overall.equals(lastOverall)) {
      return null;
    }
    Instant asOf = newestEventAt.get();
    MetricsUpdate update =
        stream.publish(sequence -> new MetricsUpdate(sequence, false, asOf, overall, changed));
    var event =
        update.toAvro(
            Events.newMetadata(
                SOURCE, "completion-metrics-" + update.sequence(), null, null, Instant.now()));
    kafka
        .send(Topic.COMPLETION_METRICS.topicName(), EventType.OVERALL_METRICS_KEY, event)
        .whenComplete(
            (result, error) -> {
              if (error != null) {
                log.warn("CompletionMetricsUpdated {} not sent: {}", update.sequence(), error);
              }
            });
    changed.forEach(p -> lastSent.put(p.programId(), p.figures()));
    lastOverall = overall;
    return update;
  }

  @Override
  public void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "completion-metrics");
              thread.setDaemon(true);
              return thread;
            });
    scheduleFlush(); // anything committed before the start
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("Completion metrics flush failed: {}", e.toString());
    }
  }

  @Override
  public void stop() {
    ScheduledExecutorService s = scheduler;
    if (s != null) {
      scheduler = null;
      s.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
