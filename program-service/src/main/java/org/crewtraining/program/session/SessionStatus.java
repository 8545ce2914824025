package org.crewtraining.program.session;

/** Whether a session still takes place. */
public enum SessionStatus {
  /** Counts toward planned hours; attendance can be recorded for it. */
  ACTIVE,
  /** Will not take place. Final. */
  CANCELLED
}
