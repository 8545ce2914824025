package org.crewtraining.reporting.replay;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rebuilds, as-of reports and verification.
 *
 * @param cutoverLag records left to read at which a rebuild stops catching up and switches (the
 *     live projection is paused while it reads the rest, so keep it small)
 * @param pauseTimeout how long to wait for the live projection to pause before giving up
 * @param progressLogInterval how often a running rebuild logs its progress
 */
@ConfigurationProperties("crew.reporting.replay")
public record ReplayProperties(
    Integer cutoverLag, Duration pauseTimeout, Duration progressLogInterval) {

  public ReplayProperties {
    cutoverLag = cutoverLag == null ? 500 : cutoverLag;
    pauseTimeout = pauseTimeout == null ? Duration.ofSeconds(30) : pauseTimeout;
    progressLogInterval = progressLogInterval == null ? Duration.ofSeconds(5) : progressLogInterval;
  }
}
