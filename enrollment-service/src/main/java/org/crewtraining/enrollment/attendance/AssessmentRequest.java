package org.crewtraining.enrollment.attendance;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The outcome of the programme's assessment; a later one replaces it. */
public record AssessmentRequest(@NotNull Boolean passed, @NotNull LocalDate assessedOn) {}
