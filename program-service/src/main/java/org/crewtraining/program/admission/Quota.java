package org.crewtraining.program.admission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.SeatQuota;

/**
 * Seats the selection reserves for ({@code minSeats}) and caps for ({@code maxSeats}) one
 * participant type or one craft, as the API reads and shows it: exactly one of the two is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quota(
    @Schema(description = "The participant type the quota is for (or craft, not both)")
        ParticipantType participantType,
    @Schema(description = "The craft the quota is for (or participantType, not both)")
        CraftTrack craft,
    @Schema(description = "Seats offered to this group first if it has enough applicants")
        @NotNull
        @Min(0)
        @Max(10_000)
        Integer minSeats,
    @Schema(description = "At most this many seats go to the group; minSeats..capacity")
        @NotNull
        @Min(0)
        @Max(10_000)
        Integer maxSeats) {

  /** What the quota is for, as a field name of this record. */
  String groupField() {
    return participantType != null ? "participantType" : "craft";
  }

  Object group() {
    return participantType != null ? participantType : craft;
  }

  SeatQuota toEvent() {
    return new SeatQuota(participantType, craft, minSeats, maxSeats);
  }
}
