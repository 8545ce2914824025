package org.crewtraining.support.web;

/**
 * A value that parsed but breaks an input rule; its message is meant for the client and is shown
 * next to the field in a 400 problem. Found anywhere in a cause chain by {@link #in}.
 */
public class InvalidValueException extends IllegalArgumentException {

  public InvalidValueException(String message) {
    super(message);
  }

  /** The first InvalidValueException in {@code failure}'s cause chain, or null. */
  public static InvalidValueException in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return invalid;
      }
    }
    return null;
  }
}
