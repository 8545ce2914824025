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
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.contracts.Topic;
import org.crewtraining.readmodels.ProgramSummary;
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
 * Publishes completion figures after each projection commit that changed something ({@link
 * BatchApplier.Applied}), paced twice over. The SSE stream gets an update at most once per {@code
 * stream-window} (short: a dashboard follows the read model closely); the metrics topic gets a
 * CompletionMetricsUpdated at most once per {@code window}, carrying every programme that changed
 * since its last one, since each record costs the broker and every consumer of the topic (this
 * service's audit trail included). In both, the first commit after a quiet window goes at once. A
 * stream flush reads back only the programmes the commits touched; the overall figures are the sum
 * of every programme's, kept in memory (read in full once, and again after a rebuild), so a flush
 * costs the same however many enrollments the read model holds. Nothing runs while nothing changes.
 */
@Component
public class CompletionMetricsPublisher implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CompletionMetricsPublisher.class);
  private static final String SOURCE = "reporting-service";

  private final ReportingQueries queries;
  private final MetricsStream stream;
  private final KafkaTemplate<String, SpecificRecord> kafka;
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final AtomicReference<Instant> newestEventAt = new AtomicReference<>(Instant.EPOCH);
  private final Map<String, Completion> lastStreamed = new HashMap<>();
  private final PacedTask streamFlush;
  private final PacedTask topicFlush;
  private volatile boolean recountAll = true;
  private ProgramTotals totals;
  private Completion lastOverall;

  private final TopicBacklog backlog = new TopicBacklog();
  private volatile ScheduledExecutorService scheduler;

  public CompletionMetricsPublisher(
      ReportingQueries queries,
      MetricsStream stream,
      KafkaTemplate<String, SpecificRecord> kafka,
      MetricsProperties properties) {
    this.queries = queries;
    this.stream = stream;
    this.kafka = kafka;
    this.streamFlush =
        new PacedTask(this::streamQuietly, properties.streamWindow(), this::scheduler);
    this.topicFlush = new PacedTask(this::topicQuietly, properties.window(), this::scheduler);
  }

  private ScheduledExecutorService scheduler() {
    return scheduler;
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
    streamFlush.request();
  }

  /**
   * Streams an update if figures changed since the last one; returns it, or null if none was due.
   */
  public synchronized MetricsUpdate flush() {
    if (dirty.isEmpty()) {
      return null;
    }
    List<String> programIds = new ArrayList<>(dirty);
    dirty.removeAll(programIds);
    try {
      return streamChanges(programIds);
    } catch (RuntimeException e) {
      dirty.addAll(programIds); // tried again a window later
      log.warn("Completion metrics not published: {}", e.toString());
      return null;
    }
  }

  private MetricsUpdate streamChanges(List<String> programIds) {
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
    List<ProgramSummary> summaries = queries.programs(programIds);
    List<ProgramCompletion> touched = summaries.stream().map(ProgramCompletion::of).toList();
    Map<String, List<String>> partners = new HashMap<>();
    summaries.forEach(p -> partners.put(p.programId(), p.partners()));
    totals.update(touched);
    Completion overall = totals.overall();
    List<ProgramCompletion> changed =
        touched.stream().filter(p -> !p.figures().equals(lastStreamed.get(p.programId()))).toList();
    if (changed.isEmpty() && overall.equals(lastOverall)) {
      return null;
    }
    Instant asOf = newestEventAt.get();
    MetricsUpdate update =
        stream.publish(
            sequence -> new MetricsUpdate(sequence, false, asOf, overall, changed), partners);
    changed.forEach(p -> lastStreamed.put(p.programId(), p.figures()));
    lastOverall = overall;
    backlog.add(update);
    topicFlush.request();
    return update;
  }

  /**
   * Sends what was streamed since the last CompletionMetricsUpdated as one ({@link TopicBacklog}).
   */
  synchronized void sendToTopic() {
    MetricsUpdate update = backlog.drain();
    if (update == null) {
      return;
    }
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
    streamFlush.request(); // anything committed before the start
  }

  private void streamQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      log.warn("Completion metrics flush failed: {}", e.toString());
    }
    if (!dirty.isEmpty()) {
      streamFlush.request(); // a failed flush gave its programmes back
    }
  }

  private void topicQuietly() {
    try {
      sendToTopic();
    } catch (RuntimeException e) {
      log.warn("CompletionMetricsUpdated not sent: {}", e.toString());
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
