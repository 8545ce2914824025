package org.crewtraining.program.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** New number of seats. */
public record ChangeCapacity(@NotNull @Min(1) @Max(10_000) Integer capacity) {}
