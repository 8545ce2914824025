package org.crewtraining.enrollment.participation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Cumulative attendance so far (not an increment), so a repeated report does not double count. */
public record ProgressRequest(
    @NotNull @Min(0) @Max(1000) Integer sessionsAttended,
    @NotNull @DecimalMin("0") @DecimalMax(CompletionRequest.MAX_HOURS) Double hoursAttended) {}
