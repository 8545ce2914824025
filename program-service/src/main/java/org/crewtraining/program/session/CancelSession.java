package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.program.programme.Reason;
import org.crewtraining.support.validation.NotUnspecified;

/** Call a session off (emits ProgramSessionCancelled); the note stays here (ADR 0006). */
public record CancelSession(
    @Schema(
            description =
                "Why; published with ProgramSessionCancelled. UNSPECIFIED cannot be sent.")
        @NotNull
        @NotUnspecified
        SessionChangeReason reasonCode,
    @Schema(description = "Free text, kept only in program-service (never in an event)")
        @Size(max = 500)
        String note) {

  Reason<SessionChangeReason> reason() {
    return new Reason<>(reasonCode, note);
  }
}
