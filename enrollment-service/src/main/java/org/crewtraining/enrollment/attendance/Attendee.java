package org.crewtraining.enrollment.attendance;

import org.crewtraining.enrollment.participation.EnrollmentStatus;

/** What attendance rules look at of an enrolment. */
record Attendee(
    String enrollmentId,
    String programId,
    String participantId,
    EnrollmentStatus status,
    boolean outcomeRecorded) {}
