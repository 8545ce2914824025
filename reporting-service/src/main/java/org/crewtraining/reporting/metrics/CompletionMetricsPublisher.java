package org.crewtraining.reporting.metrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * Publishes CompletionMetricsUpdated, coalesced: committed batches only mark programmes dirty; once
 * per window the dirty programmes' figures are read back and, if any completion figure (or the
 * overall one) differs from what was last sent, one update goes to the metrics topic and the SSE
 * stream. A burst of events therefore yields at most one update per window.
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
    if (applied.newestEventAt() != null) {
      newestEventAt.accumulateAndGet(applied.newestEventAt(), (a, b) -> a.isAfter(b) ? a : b);
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
      dirty.addAll(programIds); // try again next window
      log.warn("Completion metrics not published: {}", e.toString());
      return null;
    }
  }

  private MetricsUpdate publishChanges(List<String> programIds) {
    Completion overall = Completion.of(queries.overall());
    List<ProgramCompletion> changed =
        queries.programs(programIds).stream()
            .map(ProgramCompletion::of)
            .filter(p -> !p.figures().equals(lastSent.get(p.programId())))
            .toList();
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
    long window = properties.window().toMillis();
    scheduler.scheduleWithFixedDelay(this::flushQuietly, window, window, TimeUnit.MILLISECONDS);
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
      s.shutdownNow();
      scheduler = null;
    }
  }

  @Override
  public boolean isRunning() {
    return scheduler != null;
  }
}
