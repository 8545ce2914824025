package org.crewtraining.enrollment.enrollment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record EnrolRequest(@NotBlank @Size(max = 100) String participantId) {}
