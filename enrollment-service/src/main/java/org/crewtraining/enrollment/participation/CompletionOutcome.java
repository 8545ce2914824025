package org.crewtraining.enrollment.participation;

public enum CompletionOutcome {
  COMPLETED,
  NOT_COMPLETED;

  org.crewtraining.events.enrollments.CompletionOutcome toEvent() {
    return org.crewtraining.events.enrollments.CompletionOutcome.valueOf(name());
  }
}
