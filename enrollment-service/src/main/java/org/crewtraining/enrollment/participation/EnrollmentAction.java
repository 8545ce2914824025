package org.crewtraining.enrollment.participation;

/** Everything that can happen to an existing enrollment. */
public enum EnrollmentAction {
  /** The participant leaves the programme or its waitlist. */
  WITHDRAW,
  /** Cumulative attendance figures are reported. */
  RECORD_PROGRESS,
  /** The outcome is recorded (typed by hand, or evaluated from attendance by the rule). */
  RECORD_COMPLETION,
  /** A registrar sets the outcome against (or without) the rule; replaces any outcome. */
  OVERRIDE_COMPLETION,
  /** Attendance at a session is taken. */
  RECORD_ATTENDANCE,
  /** A recorded attendance is replaced by a corrected entry; the outcome is not reopened. */
  CORRECT_ATTENDANCE,
  /** The outcome of the programme's assessment is recorded. */
  RECORD_ASSESSMENT,
  /** A freed seat goes to the head of the waitlist. */
  PROMOTE,
  /** The programme was cancelled. */
  CANCEL
}
