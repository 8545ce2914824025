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
import org.crewtraining.support.security.PartnerScope;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans completion updates out to browsers over Server-Sent Events. Every connection, first or a
 * reconnect with Last-Event-ID, starts with a snapshot of all figures its caller may see ({@link
 * ScopedSubscriber}: a partner-bound caller sees its partners' programmes only); snapshot,
 * registration and publishing share one lock, so a client never sees an update older than its
 * snapshot or misses one in between. Sequence numbers restart with the service, which the snapshot
 * makes harmless.
 */
@Component
public class MetricsStream implements SmartLifecycle {

  public static final String SNAPSHOT_EVENT = "snapshot";
  public static final String UPDATE_EVENT = "completion-metrics";

  /** Browsers reconnect after this long when the connection drops. */
  private static final long RECONNECT_MS = 1000;

  private final List<ScopedSubscriber> subscribers = new CopyOnWriteArrayList<>();
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

  /** A stream of what a caller with this scope sees (its snapshot, then its updates). */
  public synchronized SseEmitter subscribe(PartnerScope scope) {
    SseEmitter emitter = new SseEmitter(properties.sseTimeout().toMillis());
    MetricsUpdate snapshot = snapshot(scope);
    ScopedSubscriber subscriber = new ScopedSubscriber(emitter, scope, snapshot);
    emitter.onCompletion(() -> subscribers.remove(subscriber));
    emitter.onTimeout(() -> subscribers.remove(subscriber));
    emitter.onError(e -> subscribers.remove(subscriber));
    if (send(emitter, SNAPSHOT_EVENT, snapshot)) {
      subscribers.add(subscriber);
    }
    return emitter;
  }

  /**
   * A connection that sees only the programmes the filter selects (the dashboard's filters) among
   * those the scope shows: its snapshot and updates hold those programmes, and overall figures that
   * are their sums.
   */
  public synchronized SseEmitter subscribe(PartnerScope scope, DashboardFilter filter) {
    if (filter.isAny()) {
      return subscribe(scope);
    }
    SseEmitter emitter = new SseEmitter(properties.sseTimeout().toMillis());
    FilteredSubscriber subscriber = new FilteredSubscriber(emitter, filter, scope);
    emitter.onCompletion(() -> filtered.remove(subscriber));
    emitter.onTimeout(() -> filtered.remove(subscriber));
    emitter.onError(e -> filtered.remove(subscriber));
    Instant asOf = store.lastEventAt();
    MetricsUpdate snapshot =
        subscriber.snapshot(
            sequence, asOf == null ? Instant.EPOCH : asOf, queries.allPrograms(scope));
    if (send(emitter, SNAPSHOT_EVENT, snapshot)) {
      filtered.add(subscriber);
    }
    return emitter;
  }

  /**
   * Current figures of every programme visible in the scope and their sum, at the current stream
   * position.
   */
  public synchronized MetricsUpdate snapshot(PartnerScope scope) {
    Instant asOf = store.lastEventAt();
    return new MetricsUpdate(
        sequence,
        true,
        asOf == null ? Instant.EPOCH : asOf,
        Completion.of(queries.overall(scope)),
        queries.allPrograms(scope).stream().map(ProgramCompletion::of).toList());
  }

  /**
   * Assigns the next sequence number to the update the factory builds and sends it to every
   * subscriber as its scope shows it ({@code partners}: each updated programme's partners).
   */
  synchronized MetricsUpdate publish(
      LongFunction<MetricsUpdate> factory, Map<String, List<String>> partners) {
    MetricsUpdate update = factory.apply(++sequence);
    for (ScopedSubscriber subscriber : subscribers) {
      MetricsUpdate view = subscriber.view(update, partners);
      if (view != null && !send(subscriber.emitter(), UPDATE_EVENT, view)) {
        subscribers.remove(subscriber);
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
    subscribers.forEach(s -> s.emitter().complete());
    subscribers.clear();
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
    return subscribers.size() + filtered.size();
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
