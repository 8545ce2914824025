package org.crewtraining.enrollment.application;

import org.crewtraining.support.web.StateConflictException;

/** A second application of a participant to a programme: 409 naming the first one. */
class AlreadyAppliedException extends StateConflictException {

  private final String applicationId;

  AlreadyAppliedException(String applicationId) {
    super(
        "already-applied",
        "The participant has already applied to this programme: " + applicationId);
    this.applicationId = applicationId;
  }

  String applicationId() {
    return applicationId;
  }
}
