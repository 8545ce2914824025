package org.crewtraining.enrollment.web;

/**
 * A field that is well-formed but breaks a rule only checkable against stored state (e.g. a
 * completion date before the programme start): 400 problem+json naming the field.
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
