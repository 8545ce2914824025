package org.crewtraining.enrollment.completion;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.crewtraining.enrollment.participation.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.crewtraining.support.validation.NotUnspecified;

/** A registrar's outcome against (or without) the rule; the reason is required, as a code. */
public record OverrideRequest(
    @NotNull CompletionOutcome outcome,
    @NotNull @DecimalMin("0") @DecimalMax("2000") Double hoursCompleted,
    @NotNull LocalDate completionDate,
    @NotNull @NotUnspecified CompletionOverrideReason reasonCode) {}
