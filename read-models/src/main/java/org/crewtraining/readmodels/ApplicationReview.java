package org.crewtraining.readmodels;

/**
 * An application's latest review (ApplicationReviewed; a later review replaces an earlier one).
 *
 * @param decision SHORTLISTED or REJECTED; null if never reviewed
 * @param score 0-100 for SHORTLISTED, else null
 * @param reasonCode the rejection reason for REJECTED, else null
 */
public record ApplicationReview(String decision, Integer score, String reasonCode) {

  public static final ApplicationReview NONE = new ApplicationReview(null, null, null);
}
