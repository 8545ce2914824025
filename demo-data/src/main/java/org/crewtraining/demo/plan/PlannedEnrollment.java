package org.crewtraining.demo.plan;

import java.time.LocalDate;

/**
 * One application to a programme, in the order the runner sends them, so that the first {@code
 * capacity} applicants are confirmed and the rest waitlisted in that order.
 *
 * @param participant index of the {@link PlannedParticipant}
 * @param heldSeat confirmed directly or promoted from the waitlist at some point
 * @param sessions attendance reported before the outcome or withdrawal (0 = no progress report)
 * @param hours hours attended (progress) or completed (outcome)
 * @param completionDate set for COMPLETED and NOT_COMPLETED
 * @param certificateId set for COMPLETED
 */
public record PlannedEnrollment(
    int participant,
    boolean heldSeat,
    Fate fate,
    int sessions,
    double hours,
    LocalDate completionDate,
    String certificateId) {

  public boolean hasOutcome() {
    return fate == Fate.COMPLETED || fate == Fate.NOT_COMPLETED;
  }

  /** Attendance is reported for partial attendance; a completion carries its own hours. */
  public boolean reportsProgress() {
    return sessions > 0 && fate != Fate.COMPLETED;
  }
}
