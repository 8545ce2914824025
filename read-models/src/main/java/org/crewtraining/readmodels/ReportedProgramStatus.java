package org.crewtraining.readmodels;

/**
 * A programme's status as reporting shows it: program-service's statuses, as its events announce
 * them, plus UNKNOWN for a programme known only from enrollment events.
 */
public enum ReportedProgramStatus {
  /** Known only from enrollment events so far: its ProgramCreated has not been applied yet. */
  UNKNOWN,
  DRAFT,
  PUBLISHED,
  CANCELLED,
  CLOSED
}
