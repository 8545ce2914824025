package org.crewtraining.contracts;

/**
 * The schema registry could not be asked (down, unreachable, failing). Not the record's fault:
 * whatever needed the answer is retried later, never parked on a dead-letter topic or skipped.
 */
public class SchemaRegistryUnavailableException extends RuntimeException {

  public SchemaRegistryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether this failure, or one of its causes, is the registry being away. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SchemaRegistryUnavailableException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
