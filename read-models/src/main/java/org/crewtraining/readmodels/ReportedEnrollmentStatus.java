package org.crewtraining.readmodels;

/**
 * Where an enrollment stands now. Each enrollment is in exactly one status, so the per-status
 * counts of a programme add up to its number of enrollments.
 */
public enum ReportedEnrollmentStatus {
  /** Holds a seat (confirmed directly or promoted from the waitlist), no outcome yet. */
  CONFIRMED,
  /** Waiting for a seat. */
  WAITLISTED,
  /** Left the programme or the waitlist of their own accord. */
  WITHDRAWN,
  /** Ended because the programme was cancelled. */
  CANCELLED,
  /** Outcome recorded: completed. */
  COMPLETED,
  /** Outcome recorded: did not complete (also an outcome symbol this reader does not know). */
  NOT_COMPLETED
}
