package org.crewtraining.readmodels;

/** Where a programme's session stands. Only a cancelled one stops counting. */
public enum ReportedSessionStatus {
  /** Scheduled and never moved. */
  SCHEDULED,
  /** Moved at least once; its latest schedule stands. */
  RESCHEDULED,
  /** Will not take place: no planned minutes, its attendance no longer counts. */
  CANCELLED
}
