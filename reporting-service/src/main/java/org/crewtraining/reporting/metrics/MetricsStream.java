package org.crewtraining.reporting.metrics;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongFunction;
import org.crewtraining.readmodels.ProgramSummary;
import org.crewtraining.reporting.dashboard.DashboardFilter;
import org.crewtraining.reporting.metrics.MetricsUpdate.Completion;
import org.crewtraining.reporting.metrics.MetricsUpdate.ProgramCompletion;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.crewtraining.reporting.query.ReportingQueries;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans completion updates out to browsers over Server-Sent Events. Every connection, first or a
 * reconnect with Last-Event-ID, starts with a snapshot of all figures; snapshot, registration and
 * publishing share one lock, so a client never sees an update older than its snapshot or misses one
 * in between. Sequence numbers restart with the service, which the snapshot makes harmless.
 */
@Component
public class MetricsStream implements SmartLifecycle {

  public static final String SNAPSHOT_EVENT = "snapshot";
  public static final String UPDATE_EVENT = "completion-metrics";

  /** Browsers reconnect after this long when the connection drops. */
  private static final long RECONNECT_MS = 1000;

  private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
  private final List<FilteredSubscriber> filtered = new CopyOnWriteArrayList<>();
  private final ReportingQueries queries;
  private final ProjectionStore store;
  private final MetricsProperties properties;
  private long sequence;
  private volatile boolean running;

  public MetricsStream(
      ReportingQueries queries, ProjectionStore store, MetricsProperties properties) {
    this.queries = queries;
    this.store = store;
    this.properties = properties;
  }

  public synchronized SseEmitter subscribe() {
    SseEmitter emitter = new SseEmitter(properties.sseTimeout().toMillis());
    emitter.onCompletion(() -> emitters.remove(emitter));
    emitter.onTimeout(() -> emitters.remove(emitter));
    emitter.onError(e -> emitters.remove(emitter));
    MetricsUpdate snapshot = snapshot();
    if (send(emitter, SNAPSHOT_EVENT, snapshot)) {
      emitters.add(emitter);
    }
    return emitter;
  }

  /**
   * A connection that sees only the programmes the filter selects (the dashboard's filters): its
   * snapshot and updates hold those programmes, and overall figures that are their sums.
   */
  public synchronized SseEmitter subscribe(DashboardFilter filter) {
    if (filter.isAny()) {
      return subscribe();
    }
    SseEmitter emitter = new SseEmitter(properties.sseTimeout().toMillis());
    FilteredSubscriber subscriber = new FilteredSubscriber(emitter, filter);
    emitter.onCompletion(() -> filtered.remove(subscriber));
    emitter.onTimeout(() -> filtered.remove(subscriber));
    emitter.onError(e -> filtered.remove(subscriber));
    Instant asOf = store.lastEventAt();
    MetricsUpdate snapshot =
        subscriber.snapshot(sequence, asOf == null ? Instant.EPOCH : asOf, queries.allPrograms());
    if (send(emitter, SNAPSHOT_EVENT, snapshot)) {
      filtered.add(subscriber);
    }
    return emitter;
  }

  /** Current figures of everything, at the current stream position. */
  public synchronized MetricsUpdate snapshot() {
    Instant asOf = store.lastEventAt();
    return new MetricsUpdate(
        sequence,
        true,
        asOf == null ? Instant.EPOCH : asOf,
        Completion.of(queries.overall()),
        queries.allPrograms().stream().map(ProgramCompletion::of).toList());
  }

  /** Assigns the next sequence number to the update the factory builds and sends it to all. */
  synchronized MetricsUpdate publish(LongFunction<MetricsUpdate> factory) {
    MetricsUpdate update = factory.apply(++sequence);
    for (SseEmitter emitter : emitters) {
      if (!send(emitter, UPDATE_EVENT, update)) {
        emitters.remove(emitter);
      }
    }
    if (!filtered.isEmpty() && !update.programs().isEmpty()) {
      sendFiltered(update);
    }
    return update;
  }

  /** Filters need the programmes' attributes, which the update does not carry: read them once. */
  private void sendFiltered(MetricsUpdate update) {
    Map<String, ProgramSummary> programs = new HashMap<>();
    queries
        .programs(update.programs().stream().map(ProgramCompletion::programId).toList())
        .forEach(p -> programs.put(p.programId(), p));
    for (FilteredSubscriber subscriber : filtered) {
      MetricsUpdate selected = subscriber.select(update, programs);
      if (selected != null && !send(subscriber.emitter(), UPDATE_EVENT, selected)) {
        filtered.remove(subscriber);
      }
    }
  }

  /**
   * Ends every stream before the web server's graceful shutdown, which would otherwise wait for
   * these never-ending responses; browsers reconnect (to another instance) and get a snapshot.
   */
  @Override
  public synchronized void stop() {
    running = false;
    emitters.forEach(SseEmitter::complete);
    emitters.clear();
    filtered.forEach(f -> f.emitter().complete());
    filtered.clear();
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the web server (which stops at SmartLifecycle.DEFAULT_PHASE - 1024). */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE;
  }

  public int subscribers() {
    return emitters.size() + filtered.size();
  }

  private static boolean send(SseEmitter emitter, String name, MetricsUpdate update) {
    try {
      emitter.send(
          SseEmitter.event()
              .id(Long.toString(update.sequence()))
              .name(name)
              .reconnectTime(RECONNECT_MS)
              .data(update, MediaType.APPLICATION_JSON));
      return true;
    } catch (IOException | IllegalStateException e) {
      emitter.completeWithError(e);
      return false;
    }
  }
}
