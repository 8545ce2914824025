package org.crewtraining.demo.plan;

/** Where a programme's lifecycle stops in the seeded history. */
public enum Ending {
  /** Over, outcomes recorded, then closed. */
  CLOSED,
  /** Still PUBLISHED: outcomes only partly recorded, the waitlist still waiting. */
  RUNNING,
  /** Called off after enrolment opened; enrollment-service cancels every active enrollment. */
  CANCELLED
}
