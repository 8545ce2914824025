package org.crewtraining.program.programme;

import java.util.Locale;
import org.crewtraining.support.web.StateConflictException;

/** The programme's status forbids the requested action: answered with 409. */
public class IllegalTransitionException extends StateConflictException {

  public IllegalTransitionException(ProgramStatus current, ProgramAction action) {
    super(
        "illegal-transition",
        "Cannot "
            + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + " a programme that is "
            + current);
  }
}
