package org.crewtraining.reporting.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAge how old the projection lag behind a scrape of its gauges may be: end offsets are
 *     asked of the broker (one ListOffsets for every partition) at most this often, however often
 *     Prometheus scrapes
 */
@ConfigurationProperties("crew.reporting.lag")
public record LagProperties(Duration maxAge) {

  public LagProperties {
    maxAge = maxAge == null ? Duration.ofSeconds(5) : maxAge;
  }
}
