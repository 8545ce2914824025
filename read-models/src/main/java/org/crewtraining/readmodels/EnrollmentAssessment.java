package org.crewtraining.readmodels;

import java.time.LocalDate;

/** The latest AssessmentRecorded of an enrolment; {@link #NONE} (nulls) until one is recorded. */
public record EnrollmentAssessment(Boolean passed, LocalDate assessedOn) {

  public static final EnrollmentAssessment NONE = new EnrollmentAssessment(null, null);
}
