package org.crewtraining.readmodels;

/**
 * Where an enrollment stands: its status and how it got there.
 *
 * @param everConfirmed held a seat at some point: counts as "enrolled" from then on
 * @param promoted got its seat through a waitlist promotion
 */
public record EnrollmentStanding(
    ReportedEnrollmentStatus status, boolean everConfirmed, boolean promoted) {

  static final EnrollmentStanding STARTED =
      new EnrollmentStanding(ReportedEnrollmentStatus.CONFIRMED, false, false);

  /** Moved to {@code newStatus}; a seat or a promotion, once seen, stays. */
  EnrollmentStanding movedTo(
      ReportedEnrollmentStatus newStatus, boolean seat, boolean viaPromotion) {
    return new EnrollmentStanding(newStatus, everConfirmed || seat, promoted || viaPromotion);
  }
}
