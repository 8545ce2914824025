package org.crewtraining.enrollment.enrollment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One participant's place in one programme. Holds no personal data, only the pseudonymous
 * participant id; the completion fields are null until completion is recorded.
 *
 * @param waitlistPosition 1 = next to be promoted; null unless WAITLISTED
 */
public record Enrollment(
    String enrollmentId,
    String programId,
    String participantId,
    EnrollmentStatus status,
    Integer waitlistPosition,
    int sessionsAttended,
    double hoursAttended,
    CompletionOutcome outcome,
    Double hoursCompleted,
    LocalDate completionDate,
    String certificateId,
    Instant enrolledAt,
    Instant updatedAt) {

  boolean completionRecorded() {
    return outcome != null;
  }
}
