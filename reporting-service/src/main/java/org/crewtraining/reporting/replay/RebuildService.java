package org.crewtraining.reporting.replay;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.reporting.projection.BatchApplier;
import org.crewtraining.reporting.projection.EventBatchListener;
import org.crewtraining.reporting.projection.FoldWriter;
import org.crewtraining.reporting.projection.ProjectionStore;
import org.crewtraining.support.web.StateConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model from the start of the log into the next generation while the live one
 * keeps serving, then switches atomically: replay to the end offsets seen at start, catch up with
 * what arrived meanwhile, pause the live projection, read the last few records, swap the table sets
 * and hand over its position in one transaction, resume. One rebuild at a time.
 */
@Service
public class RebuildService implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

  private final String bootstrap;
  private final EventCodec codec;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Generations generations;
  private final KafkaListenerEndpointRegistry listeners;
  private final ApplicationEventPublisher publisher;
  private final ReplayProperties properties;
  private final HandOverAudit handOverAudit;
  private final Clock clock = Clock.systemUTC();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "rebuild"));
  private final Map<String, Rebuild> rebuilds = new LinkedHashMap<>();

  RebuildService(
      @Value("${spring.kafka.bootstrap-servers}") String bootstrap,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      Generations generations,
      KafkaListenerEndpointRegistry listeners,
      ApplicationEventPublisher publisher,
      ReplayProperties properties,
      HandOverAudit handOverAudit,
      EventCodec codec) {
    this.handOverAudit = handOverAudit;
    this.bootstrap = bootstrap;
    this.codec = codec;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.generations = generations;
    this.listeners = listeners;
    this.publisher = publisher;
    this.properties = properties;
  }

  /** Starts a rebuild; 409 if one is running. */
  public synchronized RebuildStatus start() {
    if (rebuilds.values().stream().anyMatch(r -> !r.finished())) {
      throw new StateConflictException("rebuild-running", "A rebuild is already running");
    }
    Rebuild rebuild = new Rebuild(UUID.randomUUID().toString(), clock);
    rebuilds.put(rebuild.id(), rebuild);
    worker.submit(() -> run(rebuild));
    return rebuild.status();
  }

  public synchronized Optional<RebuildStatus> status(String id) {
    return Optional.ofNullable(rebuilds.get(id)).map(Rebuild::status);
  }

  private void run(Rebuild rebuild) {
    log.info("Rebuild {} started", rebuild.id());
    try (LogReader reader = LogReaders.eventLog(bootstrap, codec)) {
      generations.prepareNext();
      ProjectionStore next = ProjectionStore.next(jdbc);
      long[] applied = {0};
      Instant[] lastLog = {clock.instant()};
      Map<TopicPartition, Long> end = new HashMap<>(reader.endOffsets());
      Consumer<List<SpecificRecord>> apply =
          events -> {
            applied[0] += write(next, events);
            rebuild.progress(reader.recordsRead(), reader.recordsUpTo(end), applied[0]);
            logProgress(rebuild, lastLog);
          };
      reader.readEventsTo(end, apply);

      rebuild.phase(Rebuild.Phase.CATCHING_UP);
      Map<TopicPartition, Long> latest = reader.endOffsets();
      while (reader.remaining(latest) > properties.cutoverLag()) {
        end.putAll(latest);
        reader.readEventsTo(end, apply);
        latest = reader.endOffsets();
      }

      rebuild.phase(Rebuild.Phase.SWITCHING);
      MessageListenerContainer live = listeners.getListenerContainer(EventBatchListener.ID);
      pause(live);
      try {
        end.putAll(reader.endOffsets());
        reader.readEventsTo(end, apply);
        Map<TopicPartition, Long> rebuilt = reader.positions();
        transaction.executeWithoutResult(
            tx -> {
              handOverAudit.recordUpTo(rebuilt);
              generations.switchToNext(rebuilt);
            });
      } finally {
        if (live != null) {
          live.resume();
        }
      }
      rebuild.progress(reader.recordsRead(), reader.recordsUpTo(end), applied[0]);
      rebuild.done();
      // Figures may have changed (a repaired row): let the metrics publisher re-read them all.
      publisher.publishEvent(
          new BatchApplier.Applied(
              new HashSet<>(jdbc.queryForList("SELECT program_id FROM program", String.class)),
              null,
              0));
      log.info("Rebuild {} switched: {}", rebuild.id(), rebuild.status());
    } catch (RuntimeException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.error("Rebuild {} failed", rebuild.id(), e);
      rebuild.failed(e);
      try {
        generations.dropNext();
      } catch (RuntimeException cleanup) {
        log.warn("Rebuild {}: could not drop the next generation", rebuild.id(), cleanup);
      }
    }
  }

  /** The reader hands over each record once, so a rebuild needs no position of its own. */
  private int write(ProjectionStore next, List<SpecificRecord> events) {
    BatchApplier.Applied result = transaction.execute(tx -> FoldWriter.apply(next, events));
    return result == null ? 0 : result.events();
  }

  /** Pauses the live projection after its current batch (offsets committed) and waits for it. */
  private void pause(MessageListenerContainer live) throws InterruptedException {
    if (live == null || !live.isRunning()) {
      return;
    }
    live.pause();
    long deadline = System.nanoTime() + properties.pauseTimeout().toNanos();
    while (!live.isContainerPaused()) {
      if (System.nanoTime() > deadline) {
        live.resume();
        throw new IllegalStateException("live projection did not pause in time");
      }
      Thread.sleep(10); // a background worker polling a flag, not a test
    }
  }

  private void logProgress(Rebuild rebuild, Instant[] lastLog) {
    Instant now = clock.instant();
    if (now.isAfter(lastLog[0].plus(properties.progressLogInterval()))) {
      lastLog[0] = now;
      RebuildStatus s = rebuild.status();
      log.info(
          "Rebuild {}: {} {} events applied, {}/s, {} % of log, ETA {} s",
          s.id(), s.phase(), s.eventsApplied(), s.eventsPerSecond(), s.percent(), s.etaSeconds());
    }
  }

  @Override
  public void destroy() {
    worker.shutdownNow();
  }
}
