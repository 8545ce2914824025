package org.crewtraining.readmodels;

/** Lifecycle of a programme as seen by reporting. */
public enum ProgramStatus {
  /** Known only from enrollment events so far: its ProgramCreated has not been applied yet. */
  UNKNOWN,
  DRAFT,
  PUBLISHED,
  CANCELLED,
  CLOSED
}
