package org.crewtraining.program.session;

import static org.crewtraining.program.programme.ProgramStatus.DRAFT;
import static org.crewtraining.program.programme.ProgramStatus.PUBLISHED;

import org.crewtraining.program.programme.ProgramStatus;
import org.crewtraining.support.web.StateConflictException;

/**
 * Which programme states allow which change of its sessions and completion rule, and which session
 * states allow a reschedule or cancellation. Sessions change while the programme is open (DRAFT or
 * PUBLISHED); the completion rule only while DRAFT, because ProgramPublished freezes it. Pure: no
 * I/O, so the whole table is covered by a unit test ({@code SessionRulesTest}).
 */
public final class SessionRules {

  private SessionRules() {}

  public static boolean allows(ProgramStatus programme, SessionChange change) {
    return switch (change) {
      case ADD, RESCHEDULE, CANCEL -> programme == DRAFT || programme == PUBLISHED;
      case SET_COMPLETION_RULE -> programme == DRAFT;
    };
  }

  /** Only an active session can be moved or cancelled; adding and the rule concern no session. */
  public static boolean allows(SessionStatus session, SessionChange change) {
    return switch (change) {
      case RESCHEDULE, CANCEL -> session == SessionStatus.ACTIVE;
      case ADD, SET_COMPLETION_RULE -> true;
    };
  }

  /**
   * @throws StateConflictException (409) when the programme's status forbids {@code change}
   */
  public static void check(ProgramStatus programme, SessionChange change) {
    if (allows(programme, change)) {
      return;
    }
    if (change == SessionChange.SET_COMPLETION_RULE) {
      throw new StateConflictException(
          "completion-rule-frozen",
          "The completion rule can only change while the programme is DRAFT (frozen once"
              + " published); this one is "
              + programme);
    }
    throw new StateConflictException(
        "illegal-transition", "Cannot " + change.label() + " a programme that is " + programme);
  }

  /**
   * @throws StateConflictException (409) when the session's status forbids {@code change}
   */
  public static void check(String sessionId, SessionStatus session, SessionChange change) {
    if (!allows(session, change)) {
      throw new StateConflictException(
          "session-cancelled",
          "Cannot " + change.label().replace(" of", "") + ": " + sessionId + " is " + session);
    }
  }
}
