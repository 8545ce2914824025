package org.crewtraining.reporting.projection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.crewtraining.contracts.Events;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a poll's records in one database transaction: lock the positions of their partitions,
 * drop the records before them (a redelivery), fold the rest onto the rows they touch, record them
 * in the audit trail and move the positions past them. The consumer group's offsets are committed
 * after this returns but decide nothing: a crash in between redelivers records the stored position
 * already covers (ADR 0004).
 */
@Service
public class BatchApplier {

  private final ProjectionStore store;
  private final ProjectionPositions positions;
  private final ProjectionAudit audit;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher publisher;
  private final Counter applied;
  private final Counter duplicates;

  public BatchApplier(
      ProjectionStore store,
      ProjectionPositions positions,
      ObjectProvider<ProjectionAudit> audit,
      TransactionTemplate transaction,
      ApplicationEventPublisher publisher,
      MeterRegistry meters) {
    this.store = store;
    this.positions = positions;
    this.audit = audit.getIfAvailable(() -> records -> {});
    this.transaction = transaction;
    this.publisher = publisher;
    // A counter, so the metrics endpoint and any scraper derive events applied per second.
    this.applied =
        Counter.builder("reporting.events.applied")
            .description("Events folded into the read models")
            .register(meters);
    this.duplicates =
        Counter.builder("reporting.events.duplicates")
            .description("Redelivered records recognised and skipped")
            .register(meters);
  }

  /** Published after a batch committed; the metrics publisher listens for it. */
  public record Applied(Set<String> programIds, Instant newestEventAt, int events) {}

  /** What one transaction did: the fold's result and how many records were already applied. */
  private record Outcome(Applied applied, int redelivered) {}

  public Applied apply(List<PolledRecord> batch) {
    if (batch.isEmpty()) {
      return new Applied(Set.of(), null, 0);
    }
    Outcome outcome = Objects.requireNonNull(transaction.execute(tx -> applyInTransaction(batch)));
    // The commit point of the projection. Counted after it: a rolled-back batch is redelivered
    // and must not count twice.
    Applied result = outcome.applied();
    applied.increment(result.events());
    duplicates.increment(outcome.redelivered());
    if (result.events() > 0) {
      publisher.publishEvent(result);
    }
    return result;
  }

  private Outcome applyInTransaction(List<PolledRecord> batch) {
    Map<TopicPartition, Long> next = new HashMap<>();
    for (PolledRecord record : batch) {
      next.merge(record.topicPartition(), record.offset() + 1, Math::max);
    }
    Map<TopicPartition, Long> stored = positions.lock(next.keySet());
    List<PolledRecord> fresh = new ArrayList<>(batch.size());
    for (PolledRecord record : batch) {
      if (record.offset() >= stored.get(record.topicPartition()) && record.event() != null) {
        fresh.add(record);
      }
    }
    fresh = withoutLegacyClaims(fresh, stored);
    int redelivered = (int) batch.stream().filter(r -> r.event() != null).count() - fresh.size();
    Applied result = FoldWriter.apply(store, fresh.stream().map(PolledRecord::event).toList());
    if (!fresh.isEmpty()) {
      audit.record(fresh);
    }
    next.entrySet().removeIf(e -> e.getValue() <= stored.get(e.getKey()));
    if (!next.isEmpty()) {
      positions.advance(next);
    }
    return new Outcome(result, redelivered);
  }

  /**
   * A partition still at offset 0 may have been applied per event id before positions were stored:
   * those ids are skipped once more (a fresh database has no such claims).
   */
  private List<PolledRecord> withoutLegacyClaims(
      List<PolledRecord> fresh, Map<TopicPartition, Long> stored) {
    List<UUID> atStart =
        fresh.stream()
            .filter(r -> stored.get(r.topicPartition()) == 0)
            .map(r -> Events.metadataOf(r.event()).getEventId())
            .toList();
    if (atStart.isEmpty()) {
      return fresh;
    }
    Set<UUID> claimed = positions.claimedBeforePositions(atStart);
    if (claimed.isEmpty()) {
      return fresh;
    }
    return fresh.stream()
        .filter(r -> !claimed.contains(Events.metadataOf(r.event()).getEventId()))
        .toList();
  }
}
