package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.program.programme.Reason;
import org.crewtraining.support.validation.NotUnspecified;

/**
 * Move an active session (emits ProgramSessionRescheduled unless the times are unchanged). The code
 * travels with the event; the note stays in program-service (ADR 0006).
 */
@ValidSessionTimes
public record RescheduleSession(
    @Schema(description = "Local date in Asia/Seoul, within the programme's dates") @NotNull
        LocalDate date,
    @Schema(description = "Local start time in Asia/Seoul, whole minutes (09:30)", type = "string")
        @NotNull
        LocalTime startTime,
    @Schema(description = "Local end time in Asia/Seoul, after startTime", type = "string") @NotNull
        LocalTime endTime,
    @Schema(description = "Minutes of instruction it counts for: 1 to endTime - startTime")
        @NotNull
        @Min(1)
        @Max(24 * 60)
        Integer contactMinutes,
    @Schema(
            description =
                "Why; published with ProgramSessionRescheduled. UNSPECIFIED cannot be sent.")
        @NotNull
        @NotUnspecified
        SessionChangeReason reasonCode,
    @Schema(description = "Free text, kept only in program-service (never in an event)")
        @Size(max = 500)
        String note)
    implements SessionTimes {

  Reason<SessionChangeReason> reason() {
    return new Reason<>(reasonCode, note);
  }
}
