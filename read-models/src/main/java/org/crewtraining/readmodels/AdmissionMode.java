package org.crewtraining.readmodels;

/** How a programme's seats go, as its ProgramPublished says. */
public enum AdmissionMode {
  /** First come, first served; also every programme not published yet. */
  FIRST_COME,
  /** By application, selection and offers (ProgramPublished v3 with an admission). */
  APPLICATION;

  static AdmissionMode of(ProgramAdmission admission) {
    return admission == null ? FIRST_COME : APPLICATION;
  }
}
