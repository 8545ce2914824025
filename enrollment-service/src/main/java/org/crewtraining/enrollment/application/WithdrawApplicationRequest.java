package org.crewtraining.enrollment.application;

import io.swagger.v3.oas.annotations.media.Schema;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.support.validation.NotUnspecified;

/** Optional, as for an enrolment's withdrawal: UNSPECIFIED travels when no code is given. */
public record WithdrawApplicationRequest(
    @Schema(description = "Why; published with ApplicationWithdrawn (UNSPECIFIED when left out)")
        @NotUnspecified
        WithdrawalReason reasonCode) {

  static final WithdrawApplicationRequest NONE = new WithdrawApplicationRequest(null);

  WithdrawalReason reason() {
    return reasonCode == null ? WithdrawalReason.UNSPECIFIED : reasonCode;
  }
}
