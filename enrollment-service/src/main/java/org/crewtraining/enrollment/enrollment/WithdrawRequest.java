package org.crewtraining.enrollment.enrollment;

import jakarta.validation.constraints.Size;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Both parts are optional. The code travels with EnrollmentWithdrawn (UNSPECIFIED when left out);
 * the note may say anything and therefore stays in enrollment-service (ADR 0006).
 */
public record WithdrawRequest(
    @NotUnspecified WithdrawalReason reasonCode, @Size(max = 500) String note) {

  static final WithdrawRequest NONE = new WithdrawRequest(null, null);

  Withdrawal withdrawal() {
    return new Withdrawal(reasonCode == null ? WithdrawalReason.UNSPECIFIED : reasonCode, note);
  }
}
