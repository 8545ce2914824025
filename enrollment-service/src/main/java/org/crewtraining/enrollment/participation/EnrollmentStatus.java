package org.crewtraining.enrollment.participation;

/** CONFIRMED and WAITLISTED are active; WITHDRAWN and CANCELLED are final. */
public enum EnrollmentStatus {
  CONFIRMED,
  WAITLISTED,
  WITHDRAWN,
  CANCELLED;

  public boolean isActive() {
    return this == CONFIRMED || this == WAITLISTED;
  }

  /** How many seats an enrollment in this status takes: the seat counter's share of it. */
  int seatsHeld() {
    return this == CONFIRMED ? 1 : 0;
  }

  /** How many waitlist places an enrollment in this status takes. */
  int waitlistPlacesHeld() {
    return this == WAITLISTED ? 1 : 0;
  }

  /** Only active states appear as "previous status" in events. */
  org.crewtraining.events.enrollments.EnrollmentStatus toEvent() {
    return org.crewtraining.events.enrollments.EnrollmentStatus.valueOf(name());
  }
}
