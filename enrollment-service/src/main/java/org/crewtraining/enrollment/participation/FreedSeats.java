package org.crewtraining.enrollment.participation;

import org.crewtraining.enrollment.programme.ProgramSnapshot;

/**
 * Who gets a confirmed seat that a withdrawal freed, when not the waitlist: a programme that
 * selects by application offers it to its reserve instead (the offer feature implements this).
 * Called under the programme's row lock, in the withdrawal's transaction.
 */
public interface FreedSeats {

  /**
   * @return false when the programme takes first-come enrolments, so the waitlist moves up
   */
  boolean offerToReserve(ProgramSnapshot program, EventCause cause);
}
