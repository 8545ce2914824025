package org.crewtraining.program.programme;

/** Everything an operator can do to an existing programme. */
public enum ProgramAction {
  CHANGE_SCHEDULE,
  CHANGE_CAPACITY,
  PUBLISH,
  CANCEL,
  CLOSE
}
