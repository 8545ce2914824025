package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Set a DRAFT programme's completion rule; a field left out takes the default rule's value. */
public record SetCompletionRule(
    @Schema(description = "Share of planned contact minutes to attend, 0-100 (default 80)")
        @Min(0)
        @Max(100)
        Integer minAttendedPercent,
    @Schema(description = "Active sessions of the programme that must be attended (default none)")
        @Size(max = 500)
        List<@NotBlank @Size(max = 100) String> requiredSessionIds,
    @Schema(description = "Whether a passed assessment is also required (default false)")
        Boolean assessmentRequired) {

  ProgramCompletionRule rule() {
    ProgramCompletionRule d = ProgramCompletionRule.DEFAULT;
    return new ProgramCompletionRule(
        minAttendedPercent == null ? d.minAttendedPercent() : minAttendedPercent,
        requiredSessionIds == null ? d.requiredSessionIds() : requiredSessionIds,
        assessmentRequired == null ? d.assessmentRequired() : assessmentRequired);
  }
}
