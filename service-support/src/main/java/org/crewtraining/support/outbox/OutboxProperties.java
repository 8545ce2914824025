package org.crewtraining.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayEnabled publish outbox rows (off in tests that simulate a crash before publishing)
 * @param pollIntervalMs longest pause between relay runs; each outbox commit also wakes the relay
 * @param minIntervalMs shortest time between the starts of two relay batches: commits within it
 *     share a batch (one Kafka transaction, whose fixed cost is paid by the broker and every
 *     consumer); a commit after a quiet spell leaves at once
 * @param maxIntervalMs longest time the relay makes commits wait for a batch under load
 * @param busyShare the relay waits between batches so that it spends at most this share of its time
 *     in them (between the two intervals above): slower batches, longer waits, bigger batches
 * @param paceFromPerSecond below this many outbox events per second (measured per batch) each
 *     commit leaves at once and the two intervals above do not apply: at a low rate a wait would be
 *     all of an event's latency, and the fixed cost per batch is small in total
 * @param batchSize rows published per relay transaction
 * @param sendTimeoutMs how long the relay waits for the broker before giving the batch back
 */
@ConfigurationProperties("crew.outbox")
public record OutboxProperties(
    Boolean relayEnabled,
    Long pollIntervalMs,
    Long minIntervalMs,
    Long maxIntervalMs,
    Double busyShare,
    Double paceFromPerSecond,
    Integer batchSize,
    Long sendTimeoutMs) {

  public OutboxProperties {
    relayEnabled = relayEnabled == null || relayEnabled;
    pollIntervalMs = pollIntervalMs == null ? 500L : pollIntervalMs;
    minIntervalMs = minIntervalMs == null ? 20L : minIntervalMs;
    maxIntervalMs = maxIntervalMs == null ? Math.max(50L, minIntervalMs) : maxIntervalMs;
    busyShare = busyShare == null ? 0.5 : busyShare;
    paceFromPerSecond = paceFromPerSecond == null ? 200.0 : paceFromPerSecond;
    batchSize = batchSize == null ? 500 : batchSize;
    sendTimeoutMs = sendTimeoutMs == null ? 10_000L : sendTimeoutMs;
  }
}
