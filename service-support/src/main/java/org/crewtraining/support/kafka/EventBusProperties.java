package org.crewtraining.support.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How services talk to the event bus.
 *
 * @param createTopics create the catalogue topics and their DLTs at start-up
 * @param replicationFactor replicas per topic (1 for a local single broker, 3 in production)
 * @param retryAttempts listener retries before a record is parked on the DLT
 * @param retryBackoffMs pause between those retries
 * @param databaseRetryMs pause between retries while the database is unavailable (unlimited)
 */
@ConfigurationProperties("crew.kafka")
public record EventBusProperties(
    Boolean createTopics,
    Short replicationFactor,
    Integer retryAttempts,
    Long retryBackoffMs,
    Long databaseRetryMs) {

  public EventBusProperties {
    createTopics = createTopics == null || createTopics;
    replicationFactor = replicationFactor == null ? 1 : replicationFactor;
    retryAttempts = retryAttempts == null ? 2 : retryAttempts;
    retryBackoffMs = retryBackoffMs == null ? 500L : retryBackoffMs;
    databaseRetryMs = databaseRetryMs == null ? 2000L : databaseRetryMs;
  }
}
