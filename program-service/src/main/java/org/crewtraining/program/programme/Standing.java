package org.crewtraining.program.programme;

import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ScheduleChangeReason;

/**
 * Where a programme is in its life and why it last changed.
 *
 * @param cancellation null unless CANCELLED
 * @param scheduleChange why the dates last moved; null if they never did
 */
public record Standing(
    ProgramStatus status,
    Reason<ProgramCancellationReason> cancellation,
    Reason<ScheduleChangeReason> scheduleChange) {

  static Standing draft() {
    return new Standing(ProgramStatus.DRAFT, null, null);
  }

  Standing withStatus(ProgramStatus newStatus) {
    return new Standing(newStatus, cancellation, scheduleChange);
  }

  Standing cancelled(Reason<ProgramCancellationReason> reason) {
    return new Standing(ProgramStatus.CANCELLED, reason, scheduleChange);
  }

  Standing withScheduleChange(Reason<ScheduleChangeReason> reason) {
    return new Standing(status, cancellation, reason);
  }
}
