package org.crewtraining.enrollment.programme;

import org.crewtraining.events.common.EventMetadata;

/**
 * What follows a programme's close: its completion rule is evaluated for every confirmed enrolment
 * without an outcome. Declared here and implemented by the completion feature, so the programme
 * view does not depend on it; called inside the transaction that applies ProgramClosed, with the
 * programme row locked.
 */
public interface ProgramClosedEffects {

  void programmeClosed(ProgramSnapshot program, EventMetadata cause);
}
