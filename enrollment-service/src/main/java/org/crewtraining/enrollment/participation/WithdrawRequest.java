package org.crewtraining.enrollment.participation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Both parts are optional. The code travels with EnrollmentWithdrawn (UNSPECIFIED when left out);
 * the note may say anything and therefore stays in enrollment-service (ADR 0006).
 */
public record WithdrawRequest(
    @Schema(description = "Why; published with EnrollmentWithdrawn (UNSPECIFIED when left out)")
        @NotUnspecified
        WithdrawalReason reasonCode,
    @Schema(description = "Free text, kept only in enrollment-service (never in an event)")
        @Size(max = 500)
        String note) {

  static final WithdrawRequest NONE = new WithdrawRequest(null, null);

  Withdrawal withdrawal() {
    return new Withdrawal(reasonCode == null ? WithdrawalReason.UNSPECIFIED : reasonCode, note);
  }
}
