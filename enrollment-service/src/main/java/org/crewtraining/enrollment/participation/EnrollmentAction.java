package org.crewtraining.enrollment.participation;

/** Everything that can happen to an existing enrollment. */
public enum EnrollmentAction {
  /** The participant leaves the programme or its waitlist. */
  WITHDRAW,
  /** Cumulative attendance figures are reported. */
  RECORD_PROGRESS,
  /** The outcome is recorded. */
  RECORD_COMPLETION,
  /** A freed seat goes to the head of the waitlist. */
  PROMOTE,
  /** The programme was cancelled. */
  CANCEL
}
