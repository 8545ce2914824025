package org.crewtraining.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayEnabled publish outbox rows (off in tests that simulate a crash before publishing)
 * @param pollIntervalMs longest pause between relay runs; each outbox commit also wakes the relay
 * @param minIntervalMs shortest time between the starts of two relay runs: commits within it share
 *     a batch (one Kafka transaction, whose fixed cost is paid by the broker and every consumer)
 * @param batchSize rows published per relay transaction
 * @param sendTimeoutMs how long the relay waits for the broker before giving the batch back
 */
@ConfigurationProperties("crew.outbox")
public record OutboxProperties(
    Boolean relayEnabled,
    Long pollIntervalMs,
    Long minIntervalMs,
    Integer batchSize,
    Long sendTimeoutMs) {

  public OutboxProperties {
    relayEnabled = relayEnabled == null || relayEnabled;
    pollIntervalMs = pollIntervalMs == null ? 500L : pollIntervalMs;
    minIntervalMs = minIntervalMs == null ? 20L : minIntervalMs;
    batchSize = batchSize == null ? 500 : batchSize;
    sendTimeoutMs = sendTimeoutMs == null ? 10_000L : sendTimeoutMs;
  }
}
