package org.crewtraining.enrollment.application;

/**
 * Where an application stands. SUBMITTED → SHORTLISTED / REJECTED by review (again and again until
 * a selection is confirmed) → OFFERED or RESERVE by the confirmed selection → ACCEPTED, DECLINED or
 * EXPIRED by the offer's answer (RESERVE → OFFERED when a seat frees); WITHDRAWN before an offer.
 */
public enum ApplicationStatus {
  SUBMITTED,
  SHORTLISTED,
  REJECTED,
  WITHDRAWN,
  RESERVE,
  OFFERED,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
