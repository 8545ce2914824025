package org.crewtraining.reporting.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Completion metrics publishing.
 *
 * @param window pacing: at most one CompletionMetricsUpdated (and SSE update) per window; the first
 *     projection commit after a quiet window is published at once
 * @param sseTimeout how long one SSE connection lives before the browser reconnects
 */
@ConfigurationProperties("crew.reporting.metrics")
public record MetricsProperties(Duration window, Duration sseTimeout) {

  public MetricsProperties {
    window = window == null ? Duration.ofMillis(50) : window;
    sseTimeout = sseTimeout == null ? Duration.ofMinutes(30) : sseTimeout;
  }
}
