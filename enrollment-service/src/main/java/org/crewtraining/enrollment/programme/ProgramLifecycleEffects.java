package org.crewtraining.enrollment.programme;

import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancellationReason;

/**
 * What enrollments must do when a programme changes. Declared here and implemented by the
 * enrollment feature so that the programme view does not depend on it. Called inside the
 * transaction that applies the program event, with the programme row locked.
 */
public interface ProgramLifecycleEffects {

  /** Capacity changed: seats freed by an increase go to the waitlist in order. */
  void capacityChanged(ProgramSnapshot program, EventMetadata cause);

  /** Programme cancelled: every active enrollment ends, carrying the programme's reason code. */
  void programmeCancelled(
      ProgramSnapshot program, ProgramCancellationReason reasonCode, EventMetadata cause);
}
