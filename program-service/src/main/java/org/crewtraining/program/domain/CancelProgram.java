package org.crewtraining.program.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.crewtraining.support.validation.NoContactDetails;

/** Call a programme off; participants are told the reason. */
public record CancelProgram(@NotBlank @Size(max = 500) @NoContactDetails String reason) {}
