package org.crewtraining.enrollment.participation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record EnrolRequest(@NotBlank @Size(max = 100) String participantId) {}
