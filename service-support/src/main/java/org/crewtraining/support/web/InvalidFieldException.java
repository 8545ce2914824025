package org.crewtraining.support.web;

/**
 * A field or header that is well-formed but breaks a rule checked outside bean validation (e.g. a
 * completion date before the programme start, an over-long {@code X-Correlation-Id}): 400
 * problem+json naming it.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
