package org.crewtraining.program.session;

import java.util.Locale;

/** Everything an operator can change about a programme's sessions and completion rule. */
public enum SessionChange {
  ADD,
  RESCHEDULE,
  CANCEL,
  SET_COMPLETION_RULE;

  String label() {
    return switch (this) {
      case ADD -> "add a session to";
      case RESCHEDULE -> "reschedule a session of";
      case CANCEL -> "cancel a session of";
      case SET_COMPLETION_RULE -> "set the completion rule of";
    };
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
