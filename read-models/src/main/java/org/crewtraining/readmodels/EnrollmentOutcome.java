package org.crewtraining.readmodels;

import java.time.LocalDate;

/**
 * What CompletionRecorded (or a later CompletionOverridden) says about an enrollment; {@link #NONE}
 * (nulls) until an outcome is recorded.
 *
 * @param hoursCompleted hours from CompletionRecorded
 * @param basis what the outcome stands on
 * @param rule the figures the completion rule judged; null for an outcome typed by hand, kept
 *     through an override (what the registrar overrode)
 */
public record EnrollmentOutcome(
    Double hoursCompleted,
    LocalDate completionDate,
    String certificateId,
    CompletionBasis basis,
    RuleEvaluation rule) {

  public static final EnrollmentOutcome NONE = new EnrollmentOutcome(null, null, null, null, null);
}
