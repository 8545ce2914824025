package org.crewtraining.enrollment.participation;

/**
 * A programme's seat counters as stored on its row: confirmed enrollments and the length of the
 * waitlist (positions are dense, so also its last position). Read under the programme's row lock.
 */
record Seats(int confirmed, int waitlisted) {

  /** The counters once an enrollment in {@code status} has left. */
  Seats without(EnrollmentStatus status) {
    return new Seats(confirmed - status.seatsHeld(), waitlisted - status.waitlistPlacesHeld());
  }
}
