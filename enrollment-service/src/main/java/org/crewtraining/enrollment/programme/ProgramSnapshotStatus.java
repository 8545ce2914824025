package org.crewtraining.enrollment.programme;

/**
 * The status in a {@link ProgramSnapshot}: program-service's status of the programme, as its events
 * announce it; only PUBLISHED takes enrolments.
 */
public enum ProgramSnapshotStatus {
  DRAFT,
  PUBLISHED,
  CANCELLED,
  CLOSED
}
