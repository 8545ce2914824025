package org.crewtraining.enrollment.programview;

import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.ProgramCancellationReason;

/**
 * What enrollments must do when a programme changes. Declared here and implemented by the
 * enrollment feature so that the programme view does not depend on it. Called inside the
 * transaction that applies the program event, with the programme row locked.
 */
public interface ProgramLifecycleEffects {

  /** Capacity changed: seats freed by an increase go to the waitlist in order. */
  void capacityChanged(ProgramView program, EventMetadata cause);

  /** Programme cancelled: every active enrollment ends, carrying the programme's reason code. */
  void programmeCancelled(
      ProgramView program, ProgramCancellationReason reasonCode, EventMetadata cause);
}
