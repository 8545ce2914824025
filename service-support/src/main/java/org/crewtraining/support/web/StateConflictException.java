package org.crewtraining.support.web;

/** The request is well-formed but the resource's current state forbids it: 409 problem+json. */
public class StateConflictException extends RuntimeException {

  private final String code;

  public StateConflictException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** Stable machine-readable reason, e.g. {@code illegal-transition}, {@code already-enrolled}. */
  public String code() {
    return code;
  }
}
