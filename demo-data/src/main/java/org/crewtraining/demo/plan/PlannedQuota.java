package org.crewtraining.demo.plan;

/**
 * Seats reserved for ({@code minSeats}) and capped for ({@code maxSeats}) one participant type or
 * one craft: exactly one of the two is set.
 */
public record PlannedQuota(
    ParticipantType participantType, Craft craft, int minSeats, int maxSeats) {

  static PlannedQuota of(ParticipantType type, int minSeats, int maxSeats) {
    return new PlannedQuota(type, null, minSeats, maxSeats);
  }

  static PlannedQuota of(Craft craft, int minSeats, int maxSeats) {
    return new PlannedQuota(null, craft, minSeats, maxSeats);
  }
}
