package org.crewtraining.support.idempotency;

/** The same Idempotency-Key was sent with a different request: 422, nothing done. */
public class IdempotencyKeyReuseException extends RuntimeException {

  public IdempotencyKeyReuseException(String key) {
    super("Idempotency-Key '" + key + "' was already used for a different request");
  }
}
