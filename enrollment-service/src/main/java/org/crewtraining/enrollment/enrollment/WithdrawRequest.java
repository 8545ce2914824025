package org.crewtraining.enrollment.enrollment;

import jakarta.validation.constraints.Size;
import org.crewtraining.support.validation.NoContactDetails;

/** The reason is optional and goes into the event, so it must not carry personal data. */
public record WithdrawRequest(@Size(max = 500) @NoContactDetails String reason) {}
