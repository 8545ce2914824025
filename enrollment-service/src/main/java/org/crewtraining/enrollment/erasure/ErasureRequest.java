package org.crewtraining.enrollment.erasure;

import jakarta.validation.constraints.NotNull;
import org.crewtraining.events.enrollments.ErasureReason;
import org.crewtraining.support.web.InvalidFieldException;

/** An erasure on request; the reason is a code (ADR 0006), never free text. */
public record ErasureRequest(@NotNull ErasureReason reasonCode) {

  ErasureReason checked() {
    if (reasonCode == ErasureReason.UNSPECIFIED
        || reasonCode == ErasureReason.RETENTION_PERIOD_ENDED) {
      throw new InvalidFieldException(
          "reasonCode",
          "UNSPECIFIED says nothing and RETENTION_PERIOD_ENDED is the retention job's own");
    }
    return reasonCode;
  }
}
