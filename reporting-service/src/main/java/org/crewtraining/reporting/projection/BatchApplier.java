package org.crewtraining.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of events in one database transaction: claim the event ids (duplicates drop out),
 * lock and load the rows they touch, fold the fresh events onto them, upsert the results in JDBC
 * batches. The Kafka offset is committed only after this returns, so a crash in between redelivers
 * events whose ids are already claimed: redelivery and restarts change nothing.
 */
@Service
public class BatchApplier {

  private final ProjectionStore store;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher publisher;
  private final Counter applied;
  private final Counter duplicates;

  public BatchApplier(
      ProjectionStore store,
      TransactionTemplate transaction,
      ApplicationEventPublisher publisher,
      MeterRegistry meters) {
    this.store = store;
    this.transaction = transaction;
    this.publisher = publisher;
    // A counter, so the metrics endpoint and any scraper derive events applied per second.
    this.applied =
        Counter.builder("reporting.events.applied")
            .description("Events folded into the read models")
            .register(meters);
    this.duplicates =
        Counter.builder("reporting.events.duplicates")
            .description("Redelivered events recognised and skipped")
            .register(meters);
  }

  /** Published after a batch committed; the metrics publisher listens for it. */
  public record Applied(Set<String> programIds, Instant newestEventAt, int events) {}

  public Applied apply(List<SpecificRecord> batch) {
    Map<UUID, SpecificRecord> byId = new LinkedHashMap<>();
    for (SpecificRecord event : batch) {
      byId.putIfAbsent(Events.metadataOf(event).getEventId(), event);
    }
    if (byId.isEmpty()) {
      return new Applied(Set.of(), null, 0);
    }
    Applied result =
        Objects.requireNonNull(transaction.execute(tx -> FoldWriter.applyFresh(store, byId)));
    // Counted after commit: a rolled-back batch is redelivered and must not count twice.
    applied.increment(result.events());
    duplicates.increment(batch.size() - result.events());
    if (result.events() > 0) {
      publisher.publishEvent(result);
    }
    return result;
  }
}
