package org.crewtraining.enrollment.enrollment;

import jakarta.validation.constraints.Size;

/** The reason is optional and goes into the event, so it must not carry personal data. */
public record WithdrawRequest(@Size(max = 500) String reason) {}
