package org.crewtraining.enrollment.programme;

/** Lifecycle of a programme as far as enrollment cares; only PUBLISHED takes enrolments. */
public enum ProgramStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED,
  CLOSED
}
