package org.crewtraining.readmodels;

/** What a rollup groups by. Programme attributes come from ProgramCreated. */
public enum Dimension {
  /** A programme run by several partners counts in each partner's group. */
  PARTNER,
  COHORT_YEAR,
  FORMAT,
  /** The programme's craft track. */
  TRACK,
  /** The participant's type; "UNKNOWN" when only events without it were seen. */
  PARTICIPANT_TYPE
}
