package org.crewtraining.contracts;

/** Bytes that are not a decodable event of the catalogue: garbage, unknown schema, wrong topic. */
public class EventDecodingException extends RuntimeException {

  public EventDecodingException(String message) {
    super(message);
  }

  public EventDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
