package org.crewtraining.enrollment.participation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import org.crewtraining.events.enrollments.CompletionOverrideReason;
import org.crewtraining.events.programs.ProgramCancellationReason;

/**
 * One participant's place in one programme. Holds no personal data, only the pseudonymous
 * participant id; the completion fields are null until completion is recorded.
 *
 * @param waitlistPosition 1 = next to be promoted; null unless WAITLISTED
 * @param outcomeBasis how the outcome came about; null until there is one
 * @param overrideReasonCode why the outcome was overridden; null unless outcomeBasis is OVERRIDE
 * @param withdrawal null unless WITHDRAWN
 * @param cancellationReasonCode the cancelled programme's reason; null unless CANCELLED
 */
// Read back only to replay a stored idempotent response, which an earlier version may have
// written with other fields: those are skipped.
@JsonIgnoreProperties(ignoreUnknown = true)
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
    OutcomeBasis outcomeBasis,
    CompletionOverrideReason overrideReasonCode,
    Withdrawal withdrawal,
    ProgramCancellationReason cancellationReasonCode,
    Instant enrolledAt,
    Instant updatedAt) {

  /**
   * A new enrolment of {@code participantId}: CONFIRMED for waitlist position 0, else WAITLISTED at
   * that position; nothing attended or decided yet.
   */
  static Enrollment admitted(
      String programId, String participantId, int waitlistPosition, Instant at) {
    return new Enrollment(
        "enr-" + java.util.UUID.randomUUID(),
        programId,
        participantId,
        waitlistPosition == 0 ? EnrollmentStatus.CONFIRMED : EnrollmentStatus.WAITLISTED,
        waitlistPosition == 0 ? null : waitlistPosition,
        0,
        0,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        at,
        at);
  }

  boolean completionRecorded() {
    return outcome != null;
  }
}
