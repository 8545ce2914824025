package org.crewtraining.enrollment.offer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param expiryInterval pause between two runs of the job that releases expired offers to the
 *     reserve (read by {@link OfferExpiryJob}'s {@code @Scheduled}, hence the same default there)
 * @param expiryBatch at most this many programmes released per run; the next run goes on
 */
@ConfigurationProperties("crew.enrollment.offers")
public record OfferProperties(Duration expiryInterval, int expiryBatch) {

  /** ISO-8601, as {@code @Scheduled} and the binder both read it. */
  static final String DEFAULT_EXPIRY_INTERVAL = "PT30S";

  public OfferProperties {
    expiryInterval =
        expiryInterval == null ? Duration.parse(DEFAULT_EXPIRY_INTERVAL) : expiryInterval;
    expiryBatch = expiryBatch <= 0 ? 100 : expiryBatch;
  }
}
