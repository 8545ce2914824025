package org.crewtraining.readmodels;

/**
 * One quota of a programme's admission (SeatQuota): seats reserved for ({@code minSeats}) and
 * capped for ({@code maxSeats}) one participant type or one craft; exactly one of the two is set.
 */
public record AdmissionQuota(String participantType, String craft, int minSeats, int maxSeats) {

  /** The application belongs to this quota's group. */
  boolean covers(ApplicationState application) {
    return participantType != null
        ? participantType.equals(application.participantType())
        : craft != null && craft.equals(application.craft());
  }
}
