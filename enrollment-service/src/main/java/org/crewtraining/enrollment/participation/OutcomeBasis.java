package org.crewtraining.enrollment.participation;

/** How an enrolment's outcome came about. */
public enum OutcomeBasis {
  /** Typed by hand (programmes without sessions; every outcome from before rules). */
  RECORDED,
  /** Evaluated from attendance by the programme's completion rule. */
  RULE,
  /** Set by a registrar against (or without) the rule, with a reason code. */
  OVERRIDE
}
