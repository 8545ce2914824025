package org.crewtraining.demo.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One application to a programme, in the order the runner sends them, so that the first {@code
 * capacity} applicants are confirmed and the rest waitlisted in that order.
 *
 * @param participant index of the {@link PlannedParticipant}
 * @param heldSeat confirmed directly or promoted from the waitlist at some point
 * @param sessions attendance reported before the outcome or withdrawal (0 = no progress report)
 * @param hours hours attended (progress) or completed (outcome)
 * @param completionDate set for COMPLETED and NOT_COMPLETED
 * @param certificateId set for COMPLETED typed by hand (enrollment-service issues its own)
 * @param marks attendance per session, for a programme that runs on sessions (else empty): what the
 *     runner enters; {@code sessions} and {@code hours} then follow from it
 */
public record PlannedEnrollment(
    int participant,
    boolean heldSeat,
    Fate fate,
    int sessions,
    double hours,
    LocalDate completionDate,
    String certificateId,
    List<SessionMark> marks,
    String overrideReasonCode) {

  PlannedEnrollment(
      int participant,
      boolean heldSeat,
      Fate fate,
      int sessions,
      double hours,
      LocalDate completionDate,
      String certificateId) {
    this(
        participant,
        heldSeat,
        fate,
        sessions,
        hours,
        completionDate,
        certificateId,
        List.of(),
        null);
  }

  /** Completed against the rule, by an override with a reason code. */
  public PlannedEnrollment overridden(String reasonCode) {
    return new PlannedEnrollment(
        participant,
        heldSeat,
        Fate.COMPLETED,
        sessions,
        hours,
        completionDate,
        certificateId,
        marks,
        reasonCode);
  }

  public boolean hasOutcome() {
    return fate == Fate.COMPLETED || fate == Fate.NOT_COMPLETED;
  }

  /**
   * Progress typed by hand, for partial attendance of a programme without sessions; a completion
   * carries its own hours.
   */
  public boolean reportsProgress() {
    return marks.isEmpty() && sessions > 0 && fate != Fate.COMPLETED;
  }
}
