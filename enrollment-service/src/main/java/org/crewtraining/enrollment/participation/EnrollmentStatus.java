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

  /** Only active states appear as "previous status" in events. */
  org.crewtraining.events.enrollments.EnrollmentStatus toEvent() {
    return org.crewtraining.events.enrollments.EnrollmentStatus.valueOf(name());
  }
}
