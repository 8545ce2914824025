package org.crewtraining.program.programme;

import static org.crewtraining.program.programme.ProgramStatus.CANCELLED;
import static org.crewtraining.program.programme.ProgramStatus.CLOSED;
import static org.crewtraining.program.programme.ProgramStatus.DRAFT;
import static org.crewtraining.program.programme.ProgramStatus.PUBLISHED;

/**
 * The programme state machine: DRAFT → PUBLISHED → CLOSED and DRAFT/PUBLISHED → CANCELLED. Schedule
 * and capacity may change while the programme is still open (DRAFT or PUBLISHED). Pure: no I/O, so
 * every transition is covered by a unit test.
 */
public final class ProgramLifecycle {

  private ProgramLifecycle() {}

  /**
   * @return the status after {@code action}
   * @throws IllegalTransitionException when {@code action} is not allowed in {@code current}
   */
  public static ProgramStatus next(ProgramStatus current, ProgramAction action) {
    ProgramStatus next =
        switch (action) {
          case CHANGE_SCHEDULE, CHANGE_CAPACITY -> isOpen(current) ? current : null;
          case PUBLISH -> current == DRAFT ? PUBLISHED : null;
          case CLOSE -> current == PUBLISHED ? CLOSED : null;
          case CANCEL -> isOpen(current) ? CANCELLED : null;
        };
    if (next == null) {
      throw new IllegalTransitionException(current, action);
    }
    return next;
  }

  public static boolean allows(ProgramStatus current, ProgramAction action) {
    try {
      next(current, action);
      return true;
    } catch (IllegalTransitionException e) {
      return false;
    }
  }

  private static boolean isOpen(ProgramStatus status) {
    return status == DRAFT || status == PUBLISHED;
  }
}
