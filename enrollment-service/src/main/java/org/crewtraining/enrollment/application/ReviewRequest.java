package org.crewtraining.enrollment.application;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.crewtraining.events.enrollments.ApplicationRejectionReason;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.support.validation.NotUnspecified;
import org.crewtraining.support.web.InvalidFieldException;

/** SHORTLISTED with a score, or REJECTED with a reason code; never both. */
public record ReviewRequest(
    @NotNull @NotUnspecified ReviewDecision decision,
    @Schema(description = "0-100, higher ranks first; SHORTLISTED only") @Min(0) @Max(100)
        Integer score,
    @Schema(description = "Why; REJECTED only") @NotUnspecified
        ApplicationRejectionReason reasonCode) {

  /**
   * @throws InvalidFieldException naming {@code score} or {@code reasonCode} when the decision
   *     needs it and it is missing, or does not take it and it is there
   */
  void checkComplete() {
    boolean shortlisted = decision == ReviewDecision.SHORTLISTED;
    if (shortlisted && score == null) {
      throw new InvalidFieldException("score", "is required to shortlist");
    }
    if (shortlisted && reasonCode != null) {
      throw new InvalidFieldException("reasonCode", "is only for REJECTED");
    }
    if (!shortlisted && reasonCode == null) {
      throw new InvalidFieldException("reasonCode", "is required to reject");
    }
    if (!shortlisted && score != null) {
      throw new InvalidFieldException("score", "is only for SHORTLISTED");
    }
  }
}
