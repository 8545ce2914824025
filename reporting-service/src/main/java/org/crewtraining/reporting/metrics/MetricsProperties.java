package org.crewtraining.reporting.metrics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Completion metrics publishing.
 *
 * @param window pacing of the metrics topic: at most one CompletionMetricsUpdated per window,
 *     carrying every programme changed since the last; the first change after a quiet window is
 *     sent at once
 * @param streamWindow pacing of the SSE stream: at most one update per window (shorter: a dashboard
 *     follows the read model within it); the first commit after a quiet window is streamed at once
 * @param sseTimeout how long one SSE connection lives before the browser reconnects
 */
@ConfigurationProperties("crew.reporting.metrics")
public record MetricsProperties(Duration window, Duration streamWindow, Duration sseTimeout) {

  public MetricsProperties {
    window = window == null ? Duration.ofMillis(50) : window;
    streamWindow = streamWindow == null ? Duration.ofMillis(10) : streamWindow;
    sseTimeout = sseTimeout == null ? Duration.ofMinutes(30) : sseTimeout;
  }
}
