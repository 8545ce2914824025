package org.crewtraining.program.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.support.web.InvalidFieldException;

/**
 * Add a session to a programme (emits ProgramSessionScheduled). The online link stays in
 * program-service: it may carry a passcode.
 */
@ValidSessionTimes
public record ScheduleSession(
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
    @NotNull DeliveryMode deliveryMode,
    @Schema(description = "What the session covers; public (in the event)") @Size(max = 200)
        String topic,
    @Schema(description = "Venue; public (in the event). Not for an ONLINE session.")
        @Size(max = 200)
        String location,
    @Schema(description = "https link; kept only in program-service. Not for IN_PERSON.")
        @Size(max = 500)
        @HttpsLink
        String onlineLink)
    implements SessionTimes {

  /** A venue for an online session, or a link for one in person, is a mistake, not a detail. */
  void checkPlace() {
    if (deliveryMode == DeliveryMode.ONLINE && location != null) {
      throw new InvalidFieldException("location", "must be left out for an ONLINE session");
    }
    if (deliveryMode == DeliveryMode.IN_PERSON && onlineLink != null) {
      throw new InvalidFieldException("onlineLink", "must be left out for an IN_PERSON session");
    }
  }
}
