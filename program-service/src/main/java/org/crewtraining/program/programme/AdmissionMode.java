package org.crewtraining.program.programme;

/**
 * How a programme's seats go: enrolment in order of arrival (the default), or applications that are
 * reviewed and selected before seats are offered. Frozen into ProgramPublished.
 */
public enum AdmissionMode {
  FIRST_COME,
  APPLICATION
}
