package org.crewtraining.support.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param relayEnabled publish outbox rows (off in tests that simulate a crash before publishing)
 * @param pollIntervalMs pause between relay polls when the outbox is drained
 * @param batchSize rows published per relay transaction
 * @param sendTimeoutMs how long the relay waits for the broker before giving the batch back
 */
@ConfigurationProperties("crew.outbox")
public record OutboxProperties(
    Boolean relayEnabled, Long pollIntervalMs, Integer batchSize, Long sendTimeoutMs) {

  public OutboxProperties {
    relayEnabled = relayEnabled == null || relayEnabled;
    pollIntervalMs = pollIntervalMs == null ? 100L : pollIntervalMs;
    batchSize = batchSize == null ? 500 : batchSize;
    sendTimeoutMs = sendTimeoutMs == null ? 10_000L : sendTimeoutMs;
  }
}
