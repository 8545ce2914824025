package org.crewtraining.faults.load;

import java.util.Set;

/** A kind of write request, and the events that announce it when it is acknowledged. */
public enum Change {
  PROGRAM_CREATED("ProgramCreated"),
  PROGRAM_PUBLISHED("ProgramPublished"),
  ENROLMENT("EnrollmentConfirmed", "EnrollmentWaitlisted"),
  PROGRESS("ProgressRecorded"),
  COMPLETION("CompletionRecorded"),
  WITHDRAWAL("EnrollmentWithdrawn");

  private final Set<String> eventTypes;

  Change(String... eventTypes) {
    this.eventTypes = Set.of(eventTypes);
  }

  /** Simple names of the event classes, one of which the change must have produced. */
  public Set<String> eventTypes() {
    return eventTypes;
  }
}
