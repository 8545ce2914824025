package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * What CompletionRecorded says about an enrollment; {@link #NONE} (nulls) until it is recorded.
 *
 * @param hoursCompleted hours from CompletionRecorded
 */
public record EnrollmentOutcome(
    Double hoursCompleted, LocalDate completionDate, String certificateId) {

  public static final EnrollmentOutcome NONE = new EnrollmentOutcome(null, null, null);
}
