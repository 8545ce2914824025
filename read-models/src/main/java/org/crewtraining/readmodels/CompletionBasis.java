package org.crewtraining.readmodels;

/** On what an enrolment's outcome stands. */
public enum CompletionBasis {
  /** CompletionRecorded with the attendance figures its programme's completion rule judged. */
  RULE,
  /** CompletionRecorded without figures: an outcome typed by hand (or from before rules). */
  MANUAL,
  /** CompletionOverridden: a registrar set the outcome against or without the rule. */
  OVERRIDE
}
