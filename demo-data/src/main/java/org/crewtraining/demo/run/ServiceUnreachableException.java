package org.crewtraining.demo.run;

/**
 * A service does not answer at all, or refuses the loader's credentials; the runner stops before
 * sending anything else.
 */
public class ServiceUnreachableException extends RuntimeException {

  ServiceUnreachableException(String message) {
    super(message);
  }
}
