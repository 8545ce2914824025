package org.crewtraining.demo.run;

/** A request that failed for good: refused by the service, or still failing after retries. */
class ApiException extends RuntimeException {

  ApiException(String message) {
    super(message);
  }

  ApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
