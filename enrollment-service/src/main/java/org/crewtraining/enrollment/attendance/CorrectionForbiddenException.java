package org.crewtraining.enrollment.attendance;

/** A correction the caller's roles do not allow in the programme's state: 403 problem+json. */
class CorrectionForbiddenException extends RuntimeException {

  CorrectionForbiddenException(String message) {
    super(message);
  }
}
