package org.crewtraining.demo.plan;

/**
 * A reviewer's mark on an application.
 *
 * @param score 0-100 for SHORTLISTED, null for REJECTED
 * @param reasonCode an {@code ApplicationRejectionReason} for REJECTED, null for SHORTLISTED
 */
public record PlannedReview(Decision decision, Integer score, String reasonCode) {

  public enum Decision {
    SHORTLISTED,
    REJECTED
  }

  static PlannedReview shortlisted(int score) {
    return new PlannedReview(Decision.SHORTLISTED, score, null);
  }

  static PlannedReview rejected(String reasonCode) {
    return new PlannedReview(Decision.REJECTED, null, reasonCode);
  }

  public boolean shortlisted() {
    return decision == Decision.SHORTLISTED;
  }
}
