package org.crewtraining.readmodels;

import java.time.Duration;
import java.time.Instant;

/**
 * The seat offered to an application (an application is offered a seat at most once) and its
 * answer: SeatOffered, then SeatDeclined (declined or expired) or the EnrollmentConfirmed v2 that
 * names the application (accepted).
 *
 * @param basis SELECTION or RESERVE; null if never offered
 * @param offeredAt SeatOffered's metadata.occurredAt
 * @param release DECLINED or EXPIRED (SeatDeclined); null otherwise
 * @param enrollmentId the enrolment its acceptance confirmed
 * @param acceptedAt that EnrollmentConfirmed's metadata.occurredAt
 */
public record ApplicationOffer(
    String basis,
    Instant offeredAt,
    Instant expiresAt,
    String release,
    Instant releasedAt,
    String enrollmentId,
    Instant acceptedAt) {

  public static final ApplicationOffer NONE =
      new ApplicationOffer(null, null, null, null, null, null, null);

  public static final String DECLINED = "DECLINED";
  public static final String EXPIRED = "EXPIRED";

  public boolean made() {
    return offeredAt != null;
  }

  /** Offered, then confirmed as an enrolment. */
  public boolean accepted() {
    return made() && acceptedAt != null;
  }

  /** Offered, neither accepted nor given back yet. */
  public boolean outstanding() {
    return made() && acceptedAt == null && release == null;
  }

  /** Time from the offer to its acceptance; null unless accepted. */
  public Duration timeToAccept() {
    return accepted() ? Duration.between(offeredAt, acceptedAt) : null;
  }
}
