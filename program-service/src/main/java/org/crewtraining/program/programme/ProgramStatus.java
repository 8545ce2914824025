package org.crewtraining.program.programme;

/** Where a programme is in its life; see {@link ProgramLifecycle} for the allowed moves. */
public enum ProgramStatus {
  /** Being prepared; nobody can enrol yet. */
  DRAFT,
  /** Enrollment is open. */
  PUBLISHED,
  /** The programme ran and is over. Final. */
  CLOSED,
  /** Called off before it ran. Final. */
  CANCELLED
}
